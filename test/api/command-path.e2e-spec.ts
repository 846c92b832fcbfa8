import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/**
 * The HTTP conventions every command shares, exercised through provider registration. Each test
 * registers the providers it needs under codes of its own, so the tests hold in any order.
 */
describe('command path over HTTP', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ recordAtClock: true });
    admin = bearer(await api.token({ role: 'admin' }));
  });
  afterAll(() => api.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = admin) =>
    api.app.inject({ method: 'POST', url, payload: payload as object, headers });
  const get = (url: string, headers: Record<string, string> = admin) => api.app.inject({ method: 'GET', url, headers });

  // No timezone: each province's follows from its code (Aceh, Riau … are WIB; a stated WITA would be refused).
  const province = (code: string, name: string) => ({ code, name, kind: 'provinsi' });
  /** A freshly registered province; fails the test if it cannot be registered. */
  const registered = async (code: string, name: string) => {
    const res = await post('/v1/entities', province(code, name));
    expect([code, res.statusCode]).toEqual([code, 201]);
    return res;
  };

  it('answers a command with its stream, revision and position, and the revision as ETag', async () => {
    const res = await registered('63', 'Provinsi Kalimantan Selatan');
    const body = res.json();
    expect(body).toMatchObject({ id: '63', stream: 'entity-63', revision: 0, replayed: false });
    expect(BigInt(body.position)).toBeGreaterThan(0n);
    expect(res.headers.etag).toBe('"0"');
  });

  it('records the actor and the command on every event', async () => {
    await registered('11', 'Provinsi Aceh');
    const events = (await get('/v1/audit/streams/entity-11/events')).json().events;
    expect(events[0].metadata).toMatchObject({ actor: { id: 'admin-tester', role: 'admin' }, schemaVersion: 1, prevHash: null });
    expect(events[0].metadata.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('repeats the first answer for a repeated Idempotency-Key and writes nothing', async () => {
    const headers = { ...admin, 'idempotency-key': 'kaltim-registration-1' };
    const first = await post('/v1/entities', province('64', 'Provinsi Kalimantan Timur'), headers);
    const again = await post('/v1/entities', province('64', 'Provinsi Kalimantan Timur'), headers);
    expect(first.statusCode).toBe(201);
    expect(again.json()).toEqual({ ...first.json(), replayed: true });
    const events = (await get('/v1/audit/streams/entity-64/events')).json().events;
    expect(events).toHaveLength(1);
  });

  it('refuses the same registration without a key as a conflict (409, problem+json)', async () => {
    await registered('12', 'Provinsi Sumatera Utara');
    const res = await post('/v1/entities', province('12', 'Provinsi Sumatera Utara'));
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 409, instance: '/v1/entities' });
  });

  it('applies If-Match: the current revision passes, a stale one is 412 and writes nothing', async () => {
    await registered('13', 'Provinsi Sumatera Barat');
    const ok = await post('/v1/entities/13/units', { unitId: 'dpmptsp', name: 'DPMPTSP' }, { ...admin, 'if-match': '"0"' });
    expect(ok.statusCode).toBeLessThan(300);
    expect(ok.headers.etag).toBe('"1"');
    const stale = await post('/v1/entities/13/units', { unitId: 'dinkes', name: 'Dinas Kesehatan' }, { ...admin, 'if-match': '"0"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    const state = await get('/v1/entities/13');
    expect(state.headers.etag).toBe('"1"');
  });

  it('names every bad field and what is allowed, with a 400', async () => {
    const res = await post('/v1/entities', { code: '', name: 42, kind: 'desa', timezone: 'UTC' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'kind', 'timezone']));
    const zone = res.json().errors.find((e: { field: string }) => e.field === 'timezone');
    expect(zone.allowed).toEqual(['WIB', 'WITA', 'WIT']);
  });

  it('answers a malformed If-Match as a 400 naming the header', async () => {
    await registered('14', 'Provinsi Riau');
    const res = await post('/v1/entities/14/units', { unitId: 'dinsos', name: 'Dinas Sosial' }, { ...admin, 'if-match': 'yesterday' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('header.If-Match');
  });

  it('serves the state as it was recorded at an earlier instant', async () => {
    await registered('15', 'Provinsi Jambi');
    // Events are recorded at the manual clock's instant: move it, and the cut is exact.
    const before = api.clock.now().toISOString();
    api.clock.advance(60_000);
    await post('/v1/entities/15/units', { unitId: 'disdukcapil', name: 'Disdukcapil' });
    const now = (await get('/v1/entities/15')).json();
    const then = (await get(`/v1/entities/15?asOf=${encodeURIComponent(before)}`)).json();
    expect(now.revision).toBe(then.revision + 1);
    expect(JSON.stringify(now)).toContain('disdukcapil');
    expect(JSON.stringify(then)).not.toContain('disdukcapil');
    const bad = await get('/v1/entities/15?asOf=last-tuesday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.asOf');
  });

  it('requires a valid bearer token (401) and a role that may act (403)', async () => {
    await registered('16', 'Provinsi Sumatera Selatan');
    expect((await post('/v1/entities', province('65', 'Kalimantan Utara'), {})).statusCode).toBe(401);
    expect((await post('/v1/entities', province('65', 'Kalimantan Utara'), { authorization: 'Bearer nonsense' })).statusCode).toBe(401);
    const auditor = bearer(await api.token({ role: 'auditor' }));
    expect((await post('/v1/entities', province('65', 'Kalimantan Utara'), auditor)).statusCode).toBe(403);
    expect((await get('/v1/audit/streams/entity-16/verify', auditor)).statusCode).toBe(200);
  });

  it('keeps officers inside their provinces where the command is decided', async () => {
    await registered('17', 'Provinsi Bengkulu');
    await registered('18', 'Provinsi Lampung');
    const officer = bearer(await api.token({ role: 'officer', provinces: ['17'] }));
    const outside = await post('/v1/entities/18/units', { unitId: 'bpbd', name: 'BPBD' }, officer);
    expect(outside.statusCode).toBe(403);
    const inside = await post('/v1/entities/17/units', { unitId: 'bpbd', name: 'BPBD' }, officer);
    expect(inside.statusCode).toBeLessThan(300);
    const liaison = bearer(await api.token({ role: 'liaison', entity: '18' }));
    expect((await get('/v1/entities/17', liaison)).statusCode).toBe(403);
    expect((await get('/v1/entities/18', liaison)).statusCode).toBe(200);
  });

  it('verifies hash chains and names the first tampered event', async () => {
    // A store of its own: tampering must not break the chain other tests verify.
    const own = await startApi();
    try {
      const headers = bearer(await own.token({ role: 'admin' }));
      const send = (url: string, payload?: object) => own.app.inject({ method: payload ? 'POST' : 'GET', url, payload, headers });
      expect((await send('/v1/entities', province('63', 'Provinsi Kalimantan Selatan'))).statusCode).toBe(201);
      expect((await send('/v1/entities', province('64', 'Provinsi Kalimantan Timur'))).statusCode).toBe(201);
      for (const [unitId, name] of [['dpmptsp', 'DPMPTSP'], ['disdukcapil', 'Disdukcapil']]) {
        expect((await send('/v1/entities/63/units', { unitId, name })).statusCode).toBeLessThan(300);
      }
      expect((await send('/v1/audit/streams/entity-63/verify')).json()).toMatchObject({ ok: true });
      const all = (await send('/v1/audit/verify')).json();
      expect(all).toMatchObject({ ok: true, broken: [] });
      expect(all.streams).toBeGreaterThanOrEqual(2);

      const db = new Database(join(own.dataDir, 'events.db'));
      db.prepare(`UPDATE events SET data = json_set(data, '$.name', 'Disdukcapil (edited)') WHERE stream = 'entity-63' AND revision = 2`).run();
      db.close();
      const broken = (await send('/v1/audit/streams/entity-63/verify')).json();
      expect(broken).toMatchObject({ ok: false, brokenAt: { revision: 2, reason: 'hash_mismatch' } });
      expect((await send('/v1/audit/verify')).json().broken).toEqual([expect.objectContaining({ stream: 'entity-63', revision: 2 })]);
    } finally {
      await own.close();
    }
  });

  it('publishes OpenAPI and health without a token', async () => {
    const docs = await get('/docs/json', {});
    expect(docs.statusCode).toBe(200);
    const paths = Object.keys(docs.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/v1/entities', '/v1/mous', '/v1/pks/{id}/sign', '/v1/assessments', '/v1/recommendations', '/v1/audit/streams/{stream}/verify', '/health']));
    const health = await get('/health', {});
    expect(health.statusCode).toBe(200);
  });

  it('answers 503 with Retry-After when the store is down, and writes nothing', async () => {
    // An app of its own: closing its store must not take the other tests' store down.
    const own = await startApi();
    try {
      const headers = bearer(await own.token({ role: 'admin' }));
      await own.store.close();
      const res = await own.app.inject({ method: 'POST', url: '/v1/entities', payload: province('65', 'Provinsi Kalimantan Utara'), headers });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBeDefined();
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((await own.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);
    } finally {
      await own.close();
    }
  });
});
