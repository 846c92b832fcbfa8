import { ApiHarness, bearer, startApi } from '../support/api-harness';

interface ReadAt {
  axis: 'recorded' | 'valid';
  instant: string;
}

/**
 * Records entered late: the manual clock stands in 2023 (business time, the events' occurredAt)
 * while the store records at the wall clock, years later (recordedAt). Paser is WITA (UTC+8): the
 * second round of facts is dated 2023-12-31T16:30Z, which is 1 January 2024 00:30 in Paser but
 * still 31 December 23:30 in WIB, so a bare date read in WIB instead of the provider's zone shows.
 */
describe('validAt= (business time) beside asOf= (recording time) on single-record reads', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;
  let paserLiaison: Record<string, string>;
  let kalselOfficer: Record<string, string>;
  const ids: Record<string, string> = {};
  const END_OF_2023_WITA = '2023-12-31T15:59:59.999Z';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2023-06-01T02:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    auditor = bearer(await api.token({ role: 'auditor' }));
    paserLiaison = bearer(await api.token({ role: 'liaison', entity: '64.01' }));
    kalselOfficer = bearer(await api.token({ role: 'officer', provinces: ['63'] }));
    await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
    await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
    await post('/v1/assessments', { entityCode: '64.01', year: 2022, score: 81.22, publishedOn: '2023-05-15' });
    ids.rec = (await post('/v1/recommendations', {
      entityCode: '64.01', kind: 'rekomendasi', source: { type: 'assessment', ref: 'assessment-64.01-2022' },
      title: 'Penuhi komponen standar pelayanan', issuedOn: '2023-05-31', dueOn: '2024-12-31',
    })).id;

    ids.mou = (await post('/v1/mous', {
      entityCode: '64.01', ombudsmanNumber: '41/ORI-MOU/V/2023', counterpartNumber: '100/NK-PASER/2023', signedOn: '2023-05-20', title: 'Peningkatan kualitas pelayanan publik', validUntil: '2023-12-31',
    })).id;

    api.clock.set(new Date('2023-12-31T16:30:00Z')); // 2024-01-01 00:30 WITA
    await post('/v1/entities/64.01/units', { unitId: 'dpmptsp', name: 'DPMPTSP' });
    await post('/v1/assessments/64.01-2022/correct', { score: 78.5, reason: 'Variabel substantif diterapkan', correctedOn: '2024-01-01' });
    await post(`/v1/recommendations/${ids.rec}/close`, { reason: 'Ditindaklanjuti di luar sistem' });
  }, 60_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    return res.json<{ id: string; position: string }>();
  }
  const get = (url: string, headers: Record<string, string> = auditor) => api.app.inject({ method: 'GET', url, headers });

  it('gives the provider as it held at the end of the day in its own zone, and says the axis and instant', async () => {
    const endOf2023 = await get('/v1/entities/64.01?validAt=2023-12-31');
    expect(endOf2023.statusCode).toBe(200);
    expect(endOf2023.json()).toMatchObject({ code: '64.01', units: [], readAt: [{ axis: 'valid', instant: END_OF_2023_WITA }] });
    const newYear = (await get('/v1/entities/64.01?validAt=2024-01-01')).json<{ units: unknown[]; readAt: ReadAt[] }>();
    expect(newYear.units).toEqual([expect.objectContaining({ unitId: 'dpmptsp' })]);
    expect(newYear.readAt).toEqual([{ axis: 'valid', instant: '2024-01-01T15:59:59.999Z' }]);
    // An exact instant is taken as given: 23:59 WIB on 31 December is already 2024 in Paser.
    expect((await get(`/v1/entities/64.01?validAt=${encodeURIComponent('2023-12-31T23:59:00+07:00')}`)).json().units).toHaveLength(1);
    // Now: no cut, nothing stated.
    expect((await get('/v1/entities/64.01')).json()).toMatchObject({ units: [{ unitId: 'dpmptsp' }], readAt: [] });
  });

  it('asOf= sees nothing of what was recorded later, whatever its business date', async () => {
    const asOf = await get('/v1/entities/64.01?asOf=2023-12-31');
    expect(asOf.statusCode).toBe(404);
    expect(asOf.json().detail).toContain(`as recorded by ${END_OF_2023_WITA}`);
    expect((await get('/v1/assessments/64.01-2022?asOf=2024-06-30')).statusCode).toBe(404);
    expect((await get(`/v1/recommendations/${ids.rec}?asOf=2024-06-30`)).statusCode).toBe(404);
  });

  it('takes both together: recorded by asOf and occurring by validAt, each stated', async () => {
    const res = await get('/v1/entities/64.01?asOf=2099-12-31&validAt=2023-12-31');
    expect(res.json()).toMatchObject({
      units: [],
      readAt: [
        { axis: 'recorded', instant: '2099-12-31T15:59:59.999Z' },
        { axis: 'valid', instant: END_OF_2023_WITA },
      ],
    });
  });

  it('shows an assessment before and after its correction by business date', async () => {
    const before = (await get('/v1/assessments/64.01-2022?validAt=2023-12-31')).json();
    expect(before).toMatchObject({ score: 81.22, correctedOn: null, readAt: [{ axis: 'valid', instant: END_OF_2023_WITA }] });
    expect(before.history).toHaveLength(1);
    const after = (await get('/v1/assessments/64.01-2022?validAt=2024-01-01')).json();
    expect(after).toMatchObject({ score: 78.5, correctedOn: '2024-01-01' });
    // Published 2023-05-15 (its occurredAt): it exists from the end of that day in Paser, not before.
    expect((await get('/v1/assessments/64.01-2022?validAt=2023-05-15')).statusCode).toBe(200);
    expect((await get('/v1/assessments/64.01-2022?validAt=2023-05-14')).statusCode).toBe(404);
  });

  it('shows a recommendation open at the end of 2023 and closed on 1 January in Paser', async () => {
    const open = (await get(`/v1/recommendations/${ids.rec}?validAt=2023-12-31`)).json();
    expect(open).toMatchObject({ open: true, closure: null, readAt: [{ axis: 'valid', instant: END_OF_2023_WITA }] });
    expect((await get(`/v1/recommendations/${ids.rec}?validAt=2024-01-01`)).json()).toMatchObject({ open: false });
  });

  it('judges whether an MoU had lapsed at the business instant asked about', async () => {
    expect((await get(`/v1/mous/${ids.mou}?validAt=2023-12-31`)).json()).toMatchObject({ status: 'signed', readAt: [{ axis: 'valid', instant: END_OF_2023_WITA }] });
    expect((await get(`/v1/mous/${ids.mou}?validAt=2024-01-01`)).json()).toMatchObject({ status: 'expired' });
    // Both axes: recorded by the far future, judged at the business instant.
    expect((await get(`/v1/mous/${ids.mou}?asOf=2099-12-31&validAt=2023-12-31`)).json()).toMatchObject({ status: 'signed' });
  });

  it('lets everyone who may read the record use validAt, and answers a foreign or unknown record exactly as without it', async () => {
    expect((await get(`/v1/recommendations/${ids.rec}?validAt=2023-12-31`, paserLiaison)).json()).toMatchObject({ open: true });
    expect((await get('/v1/entities/64.01?validAt=2023-12-31', paserLiaison)).statusCode).toBe(200);
    for (const url of ['/v1/entities/64.01', '/v1/assessments/64.01-2022', `/v1/recommendations/${ids.rec}`, '/v1/assessments/64.01-1999', '/v1/recommendations/unknown']) {
      const plain = await get(url, kalselOfficer);
      for (const cut of ['?validAt=2023-12-31', '?asOf=2023-12-31', '?asOf=2023-12-31&validAt=2023-12-31']) {
        const dated = await get(`${url}${cut}`, kalselOfficer);
        expect({ url: `${url}${cut}`, status: dated.statusCode, code: dated.json().code }).toEqual({ url: `${url}${cut}`, status: 403, code: 'OutsideScope' });
        expect(dated.json().detail).toBe(plain.json().detail);
      }
    }
  });

  it('refuses an impossible date with a 400 naming the field', async () => {
    const res = await get('/v1/recommendations/unknown?validAt=2026-02-30&asOf=2025-02-29');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['query.asOf', 'query.validAt']);
  });

  it('documents asOf, validAt and the stated readAt on every single-record read', async () => {
    interface Operation { parameters?: Array<{ name: string; in: string }>; responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }
    interface Doc { paths: Record<string, { get?: Operation }>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }
    const doc = (await api.app.inject({ method: 'GET', url: '/docs/json' })).json<Doc>();
    const reads = ['/v1/entities/{code}', '/v1/mous/{id}', '/v1/pks/{id}', '/v1/assessments/{id}', '/v1/recommendations/{id}', '/v1/obligations/{id}'];
    for (const path of reads) {
      const get = doc.paths[path]?.get;
      expect({ path, params: get?.parameters?.filter((p) => p.in === 'query').map((p) => p.name).sort() }).toEqual({ path, params: ['asOf', 'validAt'] });
      const ref = get?.responses['200'].content?.['application/json'].schema?.$ref ?? '';
      expect({ path, readAt: doc.components.schemas[ref.split('/').pop() ?? '']?.properties?.readAt !== undefined }).toEqual({ path, readAt: true });
    }
  });
});
