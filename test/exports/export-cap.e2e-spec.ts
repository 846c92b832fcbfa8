import { ApiHarness, bearer, startApi } from '../support/api-harness';

/** An export larger than EXPORT_MAX_ROWS is refused whole with a problem naming the cap, never cut short. */
describe('the row cap of an export', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let lastPosition = '0';
  const previous = process.env.EXPORT_MAX_ROWS;

  beforeAll(async () => {
    process.env.EXPORT_MAX_ROWS = '3';
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    for (const [code, name] of [['64', 'Provinsi Kalimantan Timur'], ['64.01', 'Kabupaten Paser'], ['64.09', 'Kabupaten Penajam Paser Utara'], ['64.02', 'Kabupaten Kutai Kartanegara']]) {
      const res = await api.app.inject({ method: 'POST', url: '/v1/entities', headers: admin, payload: { code, name, kind: code.length === 2 ? 'provinsi' : 'kabupaten', timezone: 'WITA' } });
      expect(res.statusCode).toBe(201);
      lastPosition = res.json().position;
    }
  }, 30_000);
  afterAll(async () => {
    if (previous === undefined) delete process.env.EXPORT_MAX_ROWS;
    else process.env.EXPORT_MAX_ROWS = previous;
    await api.close();
  });

  const download = (query: string, accept: string) =>
    api.app.inject({ method: 'GET', url: `/v1/entities?minPosition=${lastPosition}${query}`, headers: { ...admin, accept } });

  it.each(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])('answers 413 naming the cap when the result has more rows (%s)', async (accept) => {
    const res = await download('&limit=2', accept);
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(res.json()).toMatchObject({ code: 'ExportTooLarge', maxRows: 3, detail: expect.stringContaining('3 rows') });
  });

  it('exports a result within the cap, and JSON pages are not capped', async () => {
    const narrowed = await download('&q=paser', 'text/csv');
    expect(narrowed.statusCode).toBe(200);
    expect(narrowed.body.trim().split('\r\n')).toHaveLength(3);
    const json = await download('', 'application/json');
    expect(json.statusCode).toBe(200);
    expect(json.json().items).toHaveLength(4);
  });
});
