import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { categoryOf, EsdbEventStore, SqliteEventStore, type EventStore, type NewEvent, type ReadStreamOptions, type RecordedEvent } from '@app/event-store';
import { startEsdbDouble } from '../esdb-double/esdb-double';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/** The SQLite store, counting the events handed out by stream reads (what a page costs the store). */
class CountingStore implements EventStore {
  eventsReadByStream = 0;
  constructor(private readonly inner: EventStore) {}
  append: EventStore['append'] = (...args) => this.inner.append(...args);
  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(stream, options);
    this.eventsReadByStream += events.length;
    return events;
  }
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  subscribe: EventStore['subscribe'] = (...args) => this.inner.subscribe(...args);
  headPosition: EventStore['headPosition'] = () => this.inner.headPosition();
  ping: EventStore['ping'] = () => this.inner.ping();
  close: EventStore['close'] = () => this.inner.close();
}

interface AuditedItem {
  id: string;
  stream: string;
  revision: number;
  position: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}
interface ProviderPage {
  entityCode: string;
  events: AuditedItem[];
  nextAfter: string | null;
  indexedTo: string;
}

/** Both stores the product runs on: their log positions differ (dense row ids, sparse commit positions). */
const stores: Array<[string, (dir: string) => Promise<{ store: EventStore; stop: () => Promise<void> }>]> = [
  ['embedded SQLite', async (dir) => ({ store: new SqliteEventStore(join(dir, 'events.db')), stop: async () => undefined })],
  [
    'EventStoreDB adapter on the gRPC double',
    async () => {
      const double = await startEsdbDouble();
      return { store: new EsdbEventStore(double.connectionString), stop: () => double.stop() };
    },
  ],
];

/**
 * GET /v1/audit/entities/{code}/events through the real application: two providers of one
 * province whose records are written interleaved; the answer holds exactly the first one's
 * events (including those that name only their own MoU, PKS or recommendation id), in log order.
 */
describe.each(stores)('every event about one provider (audit) — %s', (_name, makeStore) => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;
  let lastPosition = '0';
  const ids: Record<string, string> = {};
  const storeDir = mkdtempSync(join(tmpdir(), 'provider-events-'));
  let store: CountingStore;
  let stopStore: () => Promise<void>;

  beforeAll(async () => {
    const made = await makeStore(storeDir);
    store = new CountingStore(made.store);
    stopStore = made.stop;
    api = await startApi({ store, now: new Date('2024-12-10T02:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    auditor = bearer(await api.token({ role: 'auditor' }));

    await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
    for (const [code, name] of [['64.01', 'Kabupaten Paser'], ['64.09', 'Kabupaten Penajam Paser Utara']]) {
      await post('/v1/entities', { code, name, kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
    }
    for (const code of ['64.09', '64.01']) await post(`/v1/entities/${code}/units`, { unitId: 'dpmptsp', name: 'DPMPTSP' });
    const paserMou = await post('/v1/mous', mou('64.01', '41/ORI-MOU/III/2022', '100/NK-PASER/2022'));
    const ppuMou = await post('/v1/mous', mou('64.09', '42/ORI-MOU/III/2022', '200/NK-PPU/2022'));
    await post(`/v1/mous/${paserMou.id}/amend`, { amendedOn: '2023-01-10', reason: 'Perpanjangan', validUntil: '2027-03-31' });
    const ppuPks = await post('/v1/pks', pks(ppuMou.id));
    const paserPks = await post('/v1/pks', pks(paserMou.id));
    await post(`/v1/pks/${paserPks.id}/finalize`, { finalizedOn: '2022-06-27' });
    await post(`/v1/pks/${ppuPks.id}/finalize`, { finalizedOn: '2022-06-28' });
    await post(`/v1/pks/${paserPks.id}/sign`, { signedOn: '2022-07-05', number: '01/PKS/ORI-KALTIM/VII/2022' });
    for (const code of ['64.01', '64.09']) await post('/v1/assessments', { entityCode: code, year: 2023, score: 81.22, publishedOn: '2023-12-15' });
    const ppuRec = await post('/v1/recommendations', recommendation('64.09'));
    const paserRec = await post('/v1/recommendations', recommendation('64.01'));
    await post(`/v1/recommendations/${ppuRec.id}/close`, { reason: 'Ditindaklanjuti di luar sistem' });
    await post(`/v1/recommendations/${paserRec.id}/close`, { reason: 'Ditindaklanjuti di luar sistem' });
    Object.assign(ids, { paserMou: paserMou.id, ppuMou: ppuMou.id, paserPks: paserPks.id, ppuPks: ppuPks.id, paserRec: paserRec.id, ppuRec: ppuRec.id });
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await stopStore();
    rmSync(storeDir, { recursive: true, force: true });
  });

  const mou = (entityCode: string, ombudsmanNumber: string, counterpartNumber: string) => ({
    entityCode, ombudsmanNumber, counterpartNumber, signedOn: '2022-03-01', title: 'Peningkatan kualitas pelayanan publik', validUntil: '2026-12-31',
  });
  const pks = (mouId: string) => ({
    mouId, title: 'PKS pelayanan publik 2022', unitIds: ['dpmptsp'], scope: [{ id: 'laporan', text: 'Percepatan penyelesaian laporan masyarakat' }], draftedOn: '2022-06-10',
  });
  const recommendation = (entityCode: string) => ({
    entityCode, kind: 'rekomendasi', source: { type: 'assessment', ref: `assessment-${entityCode}-2023` },
    title: 'Penuhi komponen standar pelayanan', issuedOn: '2024-12-02', dueOn: '2025-06-30',
  });

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
    return res.json<{ id: string; position: string }>();
  }
  const get = (url: string, headers: Record<string, string> = auditor) => api.app.inject({ method: 'GET', url, headers });
  const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}minPosition=${lastPosition}`;

  /** What the log itself says: events of every stream whose events name 64.01, up to `to`, in log order. */
  async function paserEventsInLog(to: bigint): Promise<RecordedEvent[]> {
    const all: RecordedEvent[] = [];
    for await (const event of api.store.readAll()) if (event.position <= to) all.push(event);
    const paserStreams = new Set(all.filter((e) => e.stream === 'entity-64.01' || e.data.entityCode === '64.01').map((e) => e.stream));
    return all.filter((e) => paserStreams.has(e.stream));
  }

  it('answers exactly the provider’s events across all its streams, in log order', async () => {
    const res = await get(fresh('/v1/audit/entities/64.01/events?limit=500'));
    expect(res.statusCode).toBe(200);
    const page = res.json<ProviderPage>();
    expect(page.entityCode).toBe('64.01');
    expect(page.nextAfter).toBeNull();

    const expected = await paserEventsInLog(BigInt(page.indexedTo));
    expect(page.events.map((e) => `${e.position} ${e.stream}@${e.revision}`)).toEqual(expected.map((e) => `${e.position} ${e.stream}@${e.revision}`));
    const positions = page.events.map((e) => BigInt(e.position));
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);

    // Every stream of the provider, and the events that name only their own id.
    const streams = new Set(page.events.map((e) => e.stream));
    expect(streams).toEqual(new Set(['entity-64.01', `mou-${ids.paserMou}`, `pks-${ids.paserPks}`, 'assessment-64.01-2023', `recommendation-${ids.paserRec}`, ...[...streams].filter((s) => categoryOf(s) === 'registration')]));
    expect([...streams].some((s) => categoryOf(s) === 'registration')).toBe(true);
    expect(page.events.map((e) => e.type)).toEqual(expect.arrayContaining(['EntityRegistered', 'UnitRegistered', 'MouSigned', 'MouAmended', 'PksDrafted', 'PksFinalized', 'PksSigned', 'AssessmentRecorded', 'RecommendationIssued', 'RecommendationClosed']));
    // Nothing of the other provider, though its records were written in between.
    const foreign = [`mou-${ids.ppuMou}`, `pks-${ids.ppuPks}`, `recommendation-${ids.ppuRec}`, 'entity-64.09', 'assessment-64.09-2023', 'entity-64'];
    expect(page.events.filter((e) => foreign.includes(e.stream))).toEqual([]);
  });

  it('gives each event the same envelope as the stream audit does', async () => {
    const page = (await get(fresh('/v1/audit/entities/64.01/events'))).json<ProviderPage>();
    const amended = page.events.find((e) => e.type === 'MouAmended') as AuditedItem;
    const stream = (await get(`/v1/audit/streams/${amended.stream}/events`)).json<{ events: AuditedItem[] }>();
    expect(amended).toEqual(stream.events.find((e) => e.revision === amended.revision));
    expect(amended.metadata).toEqual(expect.objectContaining({ hash: expect.any(String), prevHash: expect.any(String), occurredAt: expect.any(String), recordedAt: expect.any(String) }));
  });

  it('pages through the log with after=nextAfter, losing and repeating nothing', async () => {
    const whole = (await get(fresh('/v1/audit/entities/64.01/events?limit=500'))).json<ProviderPage>();
    const walked: AuditedItem[] = [];
    let after: string | null = '0';
    let pages = 0;
    while (after !== null) {
      const res = await get(`/v1/audit/entities/64.01/events?limit=3&after=${after}`);
      expect(res.statusCode).toBe(200);
      const page = res.json<ProviderPage>();
      expect(page.events.length).toBeLessThanOrEqual(3);
      walked.push(...page.events);
      after = page.nextAfter;
      if (after !== null) expect(after).toBe(page.events[page.events.length - 1].position);
      pages += 1;
      expect(pages).toBeLessThan(50);
    }
    expect(pages).toBeGreaterThan(2);
    expect(walked.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));

    // A cursor in the middle of the log starts right after it, in whichever stream.
    const middle = whole.events[4];
    const rest = (await get(`/v1/audit/entities/64.01/events?after=${middle.position}&limit=500`)).json<ProviderPage>();
    expect(rest.events.map((e) => e.id)).toEqual(whole.events.slice(5).map((e) => e.id));
  });

  it('is for auditors and admins only', async () => {
    expect((await get(fresh('/v1/audit/entities/64.01/events'), admin)).statusCode).toBe(200);
    const officer = bearer(await api.token({ role: 'officer', provinces: ['*'] }));
    const liaison = bearer(await api.token({ role: 'liaison', entity: '64.01' }));
    for (const headers of [officer, liaison]) {
      const res = await get('/v1/audit/entities/64.01/events', headers);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await get('/v1/audit/entities/64.01/events', {})).statusCode).toBe(401);
  });

  it('answers 404 for a provider that was never registered', async () => {
    const res = await get('/v1/audit/entities/99.99/events');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'EntityNotFound' });
  });

  it.each([
    ['limit=0', 'query.limit'],
    ['limit=501', 'query.limit'],
    ['limit=1e2', 'query.limit'],
    ['limit=%205', 'query.limit'],
    ['after=-1', 'query.after'],
    ['after=0x10', 'query.after'],
    ['after=1&after=2', 'query.after'],
    ['minPosition=soon', 'query.minPosition'],
    ['fromRevision=3', 'query.fromRevision'],
  ])('refuses %s as a 400 naming %s', async (query, field) => {
    const res = await get(`/v1/audit/entities/64.01/events?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('reads from the store only the events of the page, however long the log and the provider', async () => {
    // 1,200 more events of the other provider, then 600 of this one's: the log grows, the page does not.
    const unit = (code: string, n: number): NewEvent => ({
      id: `00000000-0000-4000-8000-${code.replace('.', '')}${String(n).padStart(8, '0')}`.slice(0, 36),
      type: 'UnitRegistered',
      data: { entityCode: code, unitId: `unit-${n}`, name: `Unit ${n}`, kind: null },
      metadata: { schemaVersion: 1, actor: { id: 'importer', role: 'admin' }, commandId: `import-${code}-${n}`, correlationId: `import-${code}`, causationId: `import-${code}-${n}`, occurredAt: '2024-12-10T02:00:00.000Z' },
    });
    for (const [code, count] of [['64.09', 1_200], ['64.01', 600]] as const) {
      for (let from = 0; from < count; from += 300) {
        const head = (await api.store.readStream(`entity-${code}`)).length - 1;
        const appended = await api.store.append(`entity-${code}`, Array.from({ length: 300 }, (_, i) => unit(code, from + i)), head);
        lastPosition = appended.position.toString();
      }
    }
    const whole = (await get(fresh('/v1/audit/entities/64.01/events?limit=500'))).json<ProviderPage>();
    expect(whole.nextAfter).not.toBeNull();

    for (const [code, after] of [['64.01', whole.events[250].position], ['64.09', '0']] as const) {
      store.eventsReadByStream = 0;
      const page = (await get(`/v1/audit/entities/${code}/events?limit=5&after=${after}`)).json<ProviderPage>();
      expect(page.events).toHaveLength(5);
      // The page's five, plus the provider's first event (its existence check).
      expect(store.eventsReadByStream).toBeLessThanOrEqual(6);
    }
  }, 60_000); // appends 1,800 events through the gRPC double first: slow on a loaded machine, not a timing assertion
});
