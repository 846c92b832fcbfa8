import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import type { LightMyRequestResponse } from 'fastify';
import { SignJWT } from 'jose';
import { LOCAL_ALGORITHM, LOCAL_ISSUER, LocalKeyStore } from '@app/platform/auth';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/**
 * Hostile and malformed input against every command body, and against query strings, path
 * parameters and headers, through the real app: always a 400 problem naming the field (and
 * never a 500), whatever the shape of the mistake.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const pdf = { name: 'laporan.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERi0xLjQK' };

/** A valid body for every command route (the aggregates need not exist: the body is refused first). */
const ROUTES: Array<[string, { [key: string]: Json }]> = [
  ['/v1/entities', { code: '64.01', name: 'Pemerintah Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' }],
  ['/v1/entities/64.01/units', { unitId: 'dpmptsp', name: 'DPMPTSP', kind: 'dinas' }],
  ['/v1/mous', { entityCode: '64', ombudsmanNumber: '30/ORI-MOU/X/2021', counterpartNumber: '053/NK/2021', signedOn: '2021-10-28', title: 'Pelayanan publik', validUntil: '2026-10-27' }],
  ['/v1/mous/30-ORI-MOU-X-2021/amend', { amendedOn: '2023-01-10', reason: 'Perpanjangan', title: 'Pelayanan publik', validUntil: '2027-10-27' }],
  ['/v1/mous/30-ORI-MOU-X-2021/terminate', { terminatedOn: '2024-01-31', reason: 'Kesepakatan para pihak' }],
  ['/v1/pks', { mouId: '30-ORI-MOU-X-2021', title: 'PKS 2022', unitIds: ['dpmptsp'], scope: [{ id: 'pendampingan', text: 'Pendampingan berkala', obligation: { every: 'quarter' } }], draftedOn: '2022-06-15' }],
  ['/v1/pks/pks-1/finalize', { finalizedOn: '2022-06-27' }],
  ['/v1/pks/pks-1/sign', { signedOn: '2022-07-05', number: '180/12/PKS/2022', validUntil: '2024-07-04' }],
  ['/v1/pks/pks-1/terminate', { terminatedOn: '2023-07-01', reason: 'Reorganisasi' }],
  ['/v1/assessments', { entityCode: '64.01', year: 2023, score: 81.22, loci: [{ unitId: 'dpmptsp', score: 78.5 }], publishedOn: '2023-12-10', withoutMaladministration: true }],
  ['/v1/assessments/assessment-64.01-2023/correct', { score: 80.45, reason: 'Koreksi', correctedOn: '2024-02-15', loci: [{ unitId: 'dpmptsp', score: 70 }], withoutMaladministration: false }],
  ['/v1/recommendations', { entityCode: '64.01', unitId: 'dpmptsp', kind: 'saran_perbaikan', source: { type: 'lahp', ref: 'LAHP-1' }, title: 'Publikasikan standar', issuedOn: '2025-03-10', dueOn: '2025-05-09' }],
  ['/v1/recommendations/r-1/action-items', { unitId: 'dpmptsp', title: 'Pasang standar', dueOn: '2025-04-10' }],
  ['/v1/recommendations/r-1/action-items/i-1/close', { note: 'Selesai' }],
  ['/v1/recommendations/r-1/follow-ups', { summary: 'Sudah', itemId: 'i-1', documents: [{ ...pdf, sha256: 'a'.repeat(64) }] }],
  ['/v1/recommendations/r-1/follow-ups/f-1/verify', { verdict: 'sesuai', note: 'Sesuai' }],
  ['/v1/recommendations/r-1/extensions', { proposedDueOn: '2025-09-30', reason: 'APBD-P' }],
  ['/v1/recommendations/r-1/extensions/e-1/approve', { dueOn: '2025-09-30', note: 'Disetujui' }],
  ['/v1/recommendations/r-1/extensions/e-1/refuse', { note: 'Ditolak' }],
  ['/v1/recommendations/r-1/not-actionable', { reason: 'Banjir' }],
  ['/v1/recommendations/r-1/not-actionable/accept', { note: 'Diterima' }],
  ['/v1/recommendations/r-1/not-actionable/reject', { note: 'Ditolak' }],
  ['/v1/recommendations/r-1/close', { reason: 'Digantikan' }],
  ['/v1/recommendations/r-1/escalations', { level: 2, escalatedOn: '2024-02-12', note: 'Surat 700/112/Itda/2024' }],
  ['/v1/obligations/o-1/escalations', { level: 1, escalatedOn: '2022-11-01', note: 'Surat 700/45/Itda/2022' }],
  ['/v1/obligations/o-1/fulfil', { fulfilledOn: '2022-10-04', evidence: [pdf] }],
  ['/v1/admin/calendars/2025/holidays', { date: '2025-05-15', name: 'Cuti bersama', kind: 'collective_leave' }],
  ['/v1/admin/calendars/2025/holidays/2025-05-15/remove', { reason: 'SKB 2/2025' }],
  ['/v1/admin/calendars/2025/working-days', { date: '2025-03-08', reason: 'Hari kerja pengganti' }],
  ['/v1/admin/calendars/2025/seed', { note: 'Diperiksa terhadap SKB' }],
];

/** Free text where line breaks belong; every other string field is a single line. */
const MULTI_LINE_FIELDS = new Set(['reason', 'note', 'summary', 'text']);

/** Wrong shapes for a field, chosen by what the valid value is. */
function wrongShapes(valid: Json): Json[] {
  if (typeof valid === 'string') return [null, {}, [], 7, true];
  if (typeof valid === 'number') return [null, '80', {}, [], true];
  if (typeof valid === 'boolean') return [null, 'true', 1, {}];
  if (Array.isArray(valid)) {
    const strings = typeof valid[0] === 'string';
    return [null, {}, 'x', 7, [null], strings ? [1] : [1], strings ? [{}] : [[]], strings ? ['a\nb'] : ['x']];
  }
  return [null, [], 'x', 7, [{}]];
}

/** Every (path, valid value) in a body, nested objects and array items included. */
function leaves(value: Json, path: string[] = []): Array<[string[], Json]> {
  const own: Array<[string[], Json]> = path.length > 0 ? [[path, value]] : [];
  if (value === null || typeof value !== 'object') return own;
  const children = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  return [...own, ...children.flatMap(([key, child]) => leaves(child, [...path, key]))];
}

/** A copy of `body` with the value at `path` replaced (`undefined`: removed). */
function withValue(body: Json, path: string[], value: Json | undefined): Json {
  const copy = structuredClone(body) as { [key: string]: Json };
  let parent: { [key: string]: Json } = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as { [key: string]: Json };
  const last = path[path.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

interface FieldProblem {
  field: string;
  message: string;
  allowed?: unknown;
}

describe('input validation over HTTP', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ now: new Date('2025-03-10T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
  });
  afterAll(() => api.close());

  const post = (url: string, payload: Json, headers: Record<string, string> = admin) =>
    api.app.inject({ method: 'POST', url, payload: JSON.stringify(payload), headers: { ...headers, 'content-type': 'application/json' } });
  const get = (url: string, headers: Record<string, string> = admin) => api.app.inject({ method: 'GET', url, headers });

  /** 400 problem+json whose errors name `field` (or a field inside it). */
  function expectRefused(res: LightMyRequestResponse, field: string, context: string): FieldProblem[] {
    const body = res.json<{ errors?: FieldProblem[] }>();
    // A rule on every item of an array (`each`) names the array.
    const named = (body.errors ?? []).some((e) => e.field === field || e.field.startsWith(`${field}.`) || field.startsWith(`${e.field}.`));
    if (res.statusCode !== 400 || !named) throw new Error(`${context}: expected 400 naming ${field}, got ${res.statusCode} ${res.body.slice(0, 500)}`);
    expect(res.headers['content-type']).toContain('application/problem+json');
    return body.errors ?? [];
  }

  const leafTable = ROUTES.flatMap(([url, body]) => leaves(body).map(([path, valid]) => [url, path.join('.'), body, path, valid] as const));

  it.each(ROUTES)('%s refuses bodies that are not objects', async (url) => {
    for (const body of [[], [{}], 'text', 7, true]) {
      const res = await post(url, body);
      expect([res.statusCode, url, body]).toEqual([400, url, body]);
    }
    // A JSON null body reads as no body: refused where fields are required, never a 500.
    expect((await post(url, null)).statusCode).not.toBe(500);
  });

  it.each(ROUTES)('%s refuses a wrong shape in any field, nested ones included, naming it', async (url, body) => {
    for (const [path, valid] of leaves(body)) {
      const field = path.join('.');
      for (const wrong of wrongShapes(valid)) expectRefused(await post(url, withValue(body, path, wrong)), field, `${url} ${field}=${JSON.stringify(wrong)}`);
    }
  });

  it('refuses a recommendation without its source object', async () => {
    const [url, body] = ROUTES.find(([u]) => u === '/v1/recommendations')!;
    const errors = expectRefused(await post(url, withValue(body, ['source'], undefined)), 'source', 'no source');
    expect(errors).toContainEqual({ field: 'source', message: 'source must be an object' });
  });

  it('refuses documents: [[]] and loci: [1] as items that are not objects', async () => {
    expectRefused(await post('/v1/recommendations/r-1/follow-ups', { summary: 'x', documents: [[]] }), 'documents', 'documents [[]]');
    expectRefused(await post('/v1/assessments', { entityCode: '64.01', year: 2023, score: 80, loci: [1], publishedOn: '2023-12-10' }), 'loci', 'loci [1]');
  });

  it.each(leafTable.filter(([, , , , valid]) => typeof valid === 'string'))('%s %s: text must be well-formed, single-line unless free text', async (url, field, body, path) => {
    expectRefused(await post(url, withValue(body, path, 'ab\ud800')), field, `${url} ${field} lone surrogate`);
    expectRefused(await post(url, withValue(body, path, 'a\u0000b')), field, `${url} ${field} NUL`);
    expectRefused(await post(url, withValue(body, path, 'a\u0085b')), field, `${url} ${field} NEL`);
    if (MULTI_LINE_FIELDS.has(path[path.length - 1])) {
      // Line breaks pass validation; whatever the domain then says, it is not a 400 about this field or a 500.
      const res = await post(url, withValue(body, path, 'Langkah:\r\n\t1. rapat\n\t2. SK'));
      expect(res.statusCode).not.toBe(500);
      if (res.statusCode === 400) expect(res.json<{ errors?: FieldProblem[] }>().errors?.map((e) => e.field) ?? []).not.toContain(field);
    } else {
      expectRefused(await post(url, withValue(body, path, 'a\nb')), field, `${url} ${field} line feed`);
    }
  });

  it('accepts free text with line breaks all the way to the event log', async () => {
    expect((await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' })).statusCode).toBe(201);
    expect((await post('/v1/entities/64/units', { unitId: 'inspektorat', name: 'Inspektorat Daerah' })).statusCode).toBeLessThan(300);
    const mou = { entityCode: '64', ombudsmanNumber: '31/ORI-MOU/X/2021', counterpartNumber: '054/NK/2021', signedOn: '2021-10-28', title: 'Pelayanan publik' };
    expect((await post('/v1/mous', mou)).statusCode).toBe(201);
    const terminated = await post('/v1/mous/31-ORI-MOU-X-2021/terminate', { terminatedOn: '2024-01-31', reason: 'Kesepakatan:\r\n\t- para pihak\n\t- 👍' });
    expect(terminated.statusCode).toBe(200);
    const events = (await get('/v1/audit/streams/mou-31-ORI-MOU-X-2021/events')).json<{ events: Array<{ data: { reason?: string } }> }>().events;
    expect(events.map((e) => e.data.reason).filter(Boolean)).toEqual(['Kesepakatan:\r\n\t- para pihak\n\t- 👍']);
  });

  it('refuses impossible dates and dates outside 1945 – ten years ahead, naming the range', async () => {
    const url = '/v1/recommendations/r-1/action-items';
    for (const dueOn of ['2025-02-29', '2025-13-01', '2025-3-1', '2025-03-10T00:00:00Z']) expectRefused(await post(url, { unitId: 'd', title: 't', dueOn }), 'dueOn', dueOn);
    for (const dueOn of ['1944-12-31', '0225-03-10', '2036-01-01', '9999-12-31']) {
      const errors = expectRefused(await post(url, { unitId: 'd', title: 't', dueOn }), 'dueOn', dueOn);
      expect(errors).toContainEqual({ field: 'dueOn', message: expect.stringContaining('1945-01-01'), allowed: 'a date from 1945-01-01 to 2035-12-31 (YYYY-MM-DD)' });
    }
    for (const year of [2023.5, 0, -1, 1900, 2036, 1e21]) {
      expectRefused(await post('/v1/assessments', { entityCode: '64.01', year, score: 80, publishedOn: '2023-12-10' }), 'year', `year ${year}`);
    }
  });

  it('answers a body of thousands of unknown fields with 20 problems and a count of the rest', async () => {
    const body: { [key: string]: Json } = { code: '64.01', name: 'Paser', kind: 'kabupaten', timezone: 'WITA' };
    for (let i = 0; i < 9_000; i++) body[`unknown${i}`] = i;
    const res = await post('/v1/entities', body);
    expect(res.statusCode).toBe(400);
    const problem = res.json<{ errors: FieldProblem[]; moreErrors: number; detail: string }>();
    expect(problem.errors).toHaveLength(20);
    expect(problem.errors[0]).toMatchObject({ field: 'unknown0', message: 'property unknown0 should not exist' });
    expect(problem.moreErrors).toBe(8_980);
    expect(res.body.length).toBeLessThan(10_000);
  });

  it.each([
    ['/v1/entities/64?asOf=2026-02-30', 'query.asOf'],
    ['/v1/entities/64?asOf=2026-02-28T24:00:00Z', 'query.asOf'],
    ['/v1/agreements/expiring?asOf=2025-02-29', 'query.asOf'],
    ['/v1/agreements/expiring?withinDays=1.5', 'query.withinDays'],
    ['/v1/agreements/expiring?withinDays=0', 'query.withinDays'],
    ['/v1/agreements/expiring?withinDays=-1', 'query.withinDays'],
    ['/v1/agreements/expiring?withinDays=1e2', 'query.withinDays'],
    ['/v1/follow-up/due-soon?withinDays=%205', 'query.withinDays'],
    ['/v1/recommendations?limit=0', 'query.limit'],
    ['/v1/recommendations?limit=0x10', 'query.limit'],
    ['/v1/recommendations?minPosition=-1', 'query.minPosition'],
    ['/v1/recommendations?minPosition=1.5', 'query.minPosition'],
    ['/v1/recommendations?atPosition=9999999999999999999', 'query.atPosition'],
    ['/v1/recommendations?dueBefore=2025-02-30', 'query.dueBefore'],
    ['/v1/recommendations?entity=64%0A01', 'query.entity'],
    ['/v1/recommendations?cursor=abc%00', 'query.cursor'],
    ['/v1/recommendations?x%01=1', 'query.x\\u0001'],
    ['/v1/compliance?year=2023.5', 'query.year'],
    ['/v1/compliance/summary?year=0', 'query.year'],
    ['/v1/audit/streams/entity-64/events?limit=1e2', 'query.limit'],
    ['/v1/audit/streams/entity-64/events?fromRevision=-1', 'query.fromRevision'],
    ['/v1/admin/notifications/failed?count=1.5', 'query.count'],
    ['/v1/admin/calendars/2025.5', 'path.year'],
    ['/v1/admin/calendars/2025?asOf=2025-02-29', 'query.asOf'],
    ['/v1/entities/64%00', 'path.code'],
    ['/v1/mous/x%0Ay', 'path.id'],
    ['/v1/recommendations/r%C2%85', 'path.id'],
  ])('GET %s is a 400 naming %s', async (url, field) => {
    const res = await get(url);
    expect([res.statusCode, res.json<{ errors?: FieldProblem[] }>().errors?.[0]?.field]).toEqual([400, field]);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a path parameter that is not a year on calendar commands', async () => {
    expectRefused(await post('/v1/admin/calendars/20x5/seed', {}), 'path.year', 'calendar year');
  });

  it.each([
    ['x-correlation-id', 'X-Correlation-Id', 'has spaces'],
    ['x-correlation-id', 'X-Correlation-Id', 'x'.repeat(129)],
    ['x-correlation-id', 'X-Correlation-Id', 'é-not-ascii'],
    ['x-causation-id', 'X-Causation-Id', 'a/b'],
    ['x-causation-id', 'X-Causation-Id', ''],
  ])('refuses %s %j before anything is recorded', async (name, header, value) => {
    const res = await post('/v1/entities', { code: '65', name: 'Provinsi Kalimantan Utara', kind: 'provinsi', timezone: 'WITA' }, { ...admin, [name]: value });
    expect([res.statusCode, res.json<{ errors?: FieldProblem[] }>().errors?.[0]?.field]).toEqual([400, `header.${header}`]);
    expect((await get('/v1/entities/65')).statusCode).toBe(404);
  });

  it('keeps plain correlation and causation ids in the event metadata', async () => {
    const headers = { ...admin, 'x-correlation-id': 'req:2025-03-10.abc_1', 'x-causation-id': 'x'.repeat(128) };
    expect((await post('/v1/entities', { code: '65', name: 'Provinsi Kalimantan Utara', kind: 'provinsi', timezone: 'WITA' }, headers)).statusCode).toBe(201);
    const [event] = (await get('/v1/audit/streams/entity-65/events')).json<{ events: Array<{ metadata: Record<string, unknown> }> }>().events;
    expect(event.metadata).toMatchObject({ correlationId: 'req:2025-03-10.abc_1', causationId: 'x'.repeat(128) });
  });

  it('refuses tokens whose sub or name would put control characters or broken text into the log (401 naming the claim)', async () => {
    // The minter refuses such claims itself; sign them by hand, as a misconfigured IdP would.
    const key = api.app.get(LocalKeyStore).keyPair().privateKey;
    for (const claims of [{ sub: 'budi\u0000' }, { sub: 'budi', name: 'Budi\nSantoso' }, { sub: 'x'.repeat(201) }, { sub: 'budi', name: '\ud800' }]) {
      const token = await new SignJWT({ role: 'admin', ...claims }).setProtectedHeader({ alg: LOCAL_ALGORITHM, typ: 'JWT' }).setIssuer(LOCAL_ISSUER).setIssuedAt().setExpirationTime('1h').sign(key);
      const res = await get('/v1/entities/64', bearer(token));
      expect(res.statusCode).toBe(401);
      expect(res.json<{ detail: string }>().detail).toMatch(/"(sub|name)" claim/);
    }
  });
});

/** Every class in every `*.request.dto.ts` under libs/, so a DTO added later is held to the same rules. */
async function requestDtoClasses(): Promise<Array<[string, new () => object]>> {
  const root = join(__dirname, '../../libs');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.request.dto.ts'));
  const modules = await Promise.all(files.map(async (file) => [file, (await import(join(root, file))) as Record<string, unknown>] as const));
  return modules.flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, new () => object] => typeof entry[1] === 'function')
      .map(([name, dto]): [string, new () => object] => [`${file}: ${name}`, dto]),
  );
}

describe('request DTOs', () => {
  it('give every text field a text rule and every nested field a shape rule, and let no field take null', async () => {
    const dtos = await requestDtoClasses();
    expect(dtos.length).toBeGreaterThanOrEqual(ROUTES.length);
    const violations: string[] = [];
    for (const [name, dto] of dtos) {
      const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
      for (const property of new Set(metadata.map((m) => m.propertyName))) {
        const rules = new Set(metadata.filter((m) => m.propertyName === property).map((m) => m.name ?? m.type));
        const where = `${name}.${property}`;
        if (rules.has('isString') && !rules.has('isSingleLineText') && !rules.has('isMultiLineText')) violations.push(`${where}: text without @IsSingleLineText/@IsMultiLineText`);
        if (rules.has('nestedValidation') && !rules.has('isObject')) violations.push(`${where}: @ValidateNested without @NestedObject/@NestedObjects`);
        // @IsOptional lets null through to the handler; @IsOptionalField does not.
        if (rules.has('isOptional')) violations.push(`${where}: @IsOptional instead of @IsOptionalField`);
      }
    }
    expect(violations).toEqual([]);
  });
});
