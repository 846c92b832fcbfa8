import { ApiHarness, bearer, startApi } from '../support/api-harness';

/** An Idempotency-Key answers for one request only: its method, its path (with ids) and its body. */
describe('Idempotency-Key bound to its request', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    admin = bearer(await api.token({ role: 'admin' }));
    for (const [code, name] of [['63', 'Provinsi Kalimantan Selatan'], ['64', 'Provinsi Kalimantan Timur']]) {
      expect((await post('/v1/entities', { code, name, kind: 'provinsi', timezone: 'WITA' })).statusCode).toBe(201);
    }
  }, 30_000);
  afterAll(() => api.close());

  const post = (url: string, payload: object, headers: Record<string, string> = admin) => api.app.inject({ method: 'POST', url, payload, headers });
  const events = async (stream: string) => (await api.app.inject({ method: 'GET', url: `/v1/audit/streams/${stream}/events`, headers: admin })).json().events ?? [];
  const withKey = (key: string, headers: Record<string, string> = admin) => ({ ...headers, 'idempotency-key': key });

  it('replays the same request, and stores the request fingerprint with the events', async () => {
    const first = await post('/v1/entities/63/units', { unitId: 'dpmptsp', name: 'DPMPTSP' }, withKey('unit-1'));
    // The same JSON with its keys in another order is the same request.
    const again = await post('/v1/entities/63/units', { name: 'DPMPTSP', unitId: 'dpmptsp' }, withKey('unit-1'));
    expect(first.statusCode).toBeLessThan(300);
    expect(again.json()).toEqual({ ...first.json(), replayed: true });
    const stored = (await events('entity-63')).filter((e: { type: string }) => e.type === 'UnitRegistered');
    expect(stored).toHaveLength(1);
    expect(stored[0].metadata.requestFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses the same key with another body: 422 IdempotencyKeyReused naming the header, nothing written', async () => {
    await post('/v1/entities/63/units', { unitId: 'dinkes', name: 'Dinas Kesehatan' }, withKey('unit-2'));
    const reused = await post('/v1/entities/63/units', { unitId: 'dinsos', name: 'Dinas Sosial' }, withKey('unit-2'));
    expect(reused.statusCode).toBe(422);
    expect(reused.headers['content-type']).toContain('application/problem+json');
    expect(reused.json()).toMatchObject({ status: 422, code: 'IdempotencyKeyReused', errors: [{ field: 'header.Idempotency-Key' }] });
    expect((await events('entity-63')).map((e: { data: { unitId?: string } }) => e.data.unitId)).not.toContain('dinsos');
  });

  it('refuses the same key on another resource (same route, other id): 422, never a 500, nothing written', async () => {
    await post('/v1/entities/63/units', { unitId: 'bappeda', name: 'Bappeda' }, withKey('unit-3'));
    const reused = await post('/v1/entities/64/units', { unitId: 'bappeda', name: 'Bappeda' }, withKey('unit-3'));
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'IdempotencyKeyReused' });
    expect((await events('entity-64')).map((e: { type: string }) => e.type)).toEqual(['EntityRegistered']);
  });

  it('refuses the same key on a create whose body names another aggregate: 422, nothing written', async () => {
    const first = await post('/v1/entities', { code: '65', name: 'Provinsi Kalimantan Utara', kind: 'provinsi', timezone: 'WITA' }, withKey('create-1'));
    expect(first.statusCode).toBe(201);
    const reused = await post('/v1/entities', { code: '62', name: 'Provinsi Kalimantan Tengah', kind: 'provinsi', timezone: 'WIB' }, withKey('create-1'));
    expect(reused.json()).toMatchObject({ status: 422, code: 'IdempotencyKeyReused' });
    expect(await events('entity-62')).toEqual([]);
  });

  it('checks scope before replaying: a caller no longer in scope gets 403 even with a known key', async () => {
    const inScope = bearer(await api.token({ role: 'officer', provinces: ['63'], sub: 'budi' }));
    const first = await post('/v1/entities/63/units', { unitId: 'bpkad', name: 'BPKAD' }, withKey('scope-1', inScope));
    expect(first.statusCode).toBeLessThan(300);
    // The same person, now working on another province: the key must not reveal the first answer.
    const moved = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'budi' }));
    const replay = await post('/v1/entities/63/units', { unitId: 'bpkad', name: 'BPKAD' }, withKey('scope-1', moved));
    expect(replay.statusCode).toBe(403);
    expect(replay.json()).toMatchObject({ code: 'OutsideScope' });
    expect(replay.json()).not.toHaveProperty('revision');
  });
});
