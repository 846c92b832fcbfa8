import { ApiHarness, bearer, startApi } from '../support/api-harness';

/**
 * The dashboard's "overdue by province": counts that agree with the overdue queue, kept to the
 * reader's scope, over HTTP in embedded mode.
 */
describe('GET /v1/follow-up/overdue/summary', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let kaltim: Record<string, string>;
  let lastPosition = '0';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-23T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    kaltim = bearer(await api.token({ role: 'officer', provinces: ['64'] }));
    await post('/v1/entities', { code: '63', name: 'Provinsi Kalimantan Selatan', kind: 'provinsi', timezone: 'WITA' });
    await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
    await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
    await post('/v1/entities', { code: '63.01', name: 'Kabupaten Tanah Laut', kind: 'kabupaten', parentCode: '63', timezone: 'WITA' });
    // Kaltim: two overdue (one of them a rekomendasi) and one not yet due; Kalsel: one overdue.
    await issue('64.01', 'saran_perbaikan', '2026-10-30');
    await issue('64.01', 'rekomendasi', '2026-11-10');
    await issue('64.01', 'saran_perbaikan', '2026-12-15');
    await issue('63.01', 'saran_perbaikan', '2026-11-02');
  }, 30_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
    return res.json();
  }
  const issue = (entityCode: string, kind: string, dueOn: string) =>
    post('/v1/recommendations', { entityCode, kind, source: { type: 'lahp', ref: `LAHP-${entityCode}-${dueOn}` }, title: `Tindak lanjut ${dueOn}`, issuedOn: '2026-09-01', dueOn });
  const get = async (url: string, headers = admin) => {
    const res = await api.app.inject({ method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}minPosition=${lastPosition}`, headers });
    return { status: res.statusCode, body: res.json(), type: res.headers['content-type'] };
  };

  it('counts every province for the whole country, most overdue first, leaving out what is not yet due', async () => {
    const summary = await get('/v1/follow-up/overdue/summary');
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({ at: '2026-11-23T03:00:00.000Z', total: 3, provinces: [{ province: '64', overdue: 2 }, { province: '63', overdue: 1 }] });
  });

  it('agrees with the overdue queue the officer opens from it', async () => {
    const queue = await get('/v1/follow-up/overdue?province=64');
    const summary = await get('/v1/follow-up/overdue/summary?province=64');
    expect(summary.body.provinces).toEqual([{ province: '64', overdue: queue.body.items.length }]);
  });

  it("keeps an officer to their provinces: others' counts are left out, and asking for one is refused", async () => {
    expect((await get('/v1/follow-up/overdue/summary', kaltim)).body.provinces).toEqual([{ province: '64', overdue: 2 }]);
    const foreign = await get('/v1/follow-up/overdue/summary?province=63', kaltim);
    expect(foreign.status).toBe(403);
    expect(foreign.type).toMatch(/application\/problem\+json/);
  });

  it('counts one kind only when asked', async () => {
    expect((await get('/v1/follow-up/overdue/summary?kind=rekomendasi')).body.provinces).toEqual([{ province: '64', overdue: 1 }]);
  });

  it('names a bad parameter and what is allowed', async () => {
    const bad = await get('/v1/follow-up/overdue/summary?province=Kaltim');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('province');
    const unknown = await get('/v1/follow-up/overdue/summary?year=2024');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('year');
  });
});
