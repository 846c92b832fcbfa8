import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';

/**
 * The read side through the real application in embedded mode: its own redis-server,
 * projections and deadline workers inside the API process.
 */
describe('read side and deadlines over HTTP (embedded mode)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let officer: Record<string, string>;
  let outsider: Record<string, string>;
  let auditor: Record<string, string>;
  let lastPosition = '0';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2024-12-10T02:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    officer = bearer(await api.token({ role: 'officer', provinces: ['64'] }));
    outsider = bearer(await api.token({ role: 'officer', provinces: ['17'] }));
    auditor = bearer(await api.token({ role: 'auditor' }));
    // What every test reads: providers of Kalimantan Timur and their assessments (tests add their own on top).
    await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
    await post('/v1/entities', { code: '64.09', name: 'Kabupaten Penajam Paser Utara', kind: 'kabupaten', timezone: 'WITA' });
    await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', timezone: 'WITA' });
    for (const [year, score] of [[2022, 55.18], [2023, 86.58], [2024, 87.27]] as const) {
      await post('/v1/assessments', { entityCode: '64.09', year, score, publishedOn: `${year}-12-05` });
    }
    await post('/v1/assessments', { entityCode: '64.01', year: 2023, score: 81.22, publishedOn: '2023-12-05' });
  }, 30_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object, headers = admin) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers });
    expect([url, res.statusCode]).toEqual([url, expect.any(Number)]);
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
    return res.json();
  }
  const get = async (url: string, headers = officer) => {
    const res = await api.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.json(), headers: res.headers };
  };
  const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}minPosition=${lastPosition}`;

  it('answers compliance queries once the projection has caught up with the command (read-your-writes)', async () => {
    const history = await get(fresh('/v1/entities/64.09/compliance'));
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).toContain('86.58');
    const list = await get(fresh('/v1/compliance?year=2023&province=64'));
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain('64.01');
    expect(JSON.stringify(list.body)).toContain('64.09');
    const summary = await get(fresh('/v1/compliance/summary?year=2023&province=64'));
    expect(summary.status).toBe(200);
    expect(JSON.stringify(summary.body)).toMatch(/hijau/);
  });

  it('keeps officers to their provinces on queries too', async () => {
    expect((await get('/v1/compliance?year=2023&province=64', outsider)).status).toBe(403);
    expect((await get('/v1/entities/64.09/compliance', outsider)).status).toBe(403);
  });

  it('marks a recommendation overdue by itself and lists it in the overdue queue', async () => {
    const issued = await post('/v1/recommendations', {
      entityCode: '64.09', kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP-0099/ORI-KALTIM/X/2024' },
      // Due yesterday (10 hours ago): a live record the workers mark; one due weeks before it was entered would be a late record.
      title: 'Laporkan pelaksanaan rekomendasi', issuedOn: '2024-10-01', dueOn: '2024-12-09',
    });
    let rec = (await get(`/v1/recommendations/${issued.id}`)).body;
    await waitUntil(async () => (rec = (await get(`/v1/recommendations/${issued.id}`)).body).overdueMarks?.length > 0, 'the overdue mark', 20_000, 100);
    expect(rec.overdueMarks).toHaveLength(1);
    const history = (await get(`/v1/audit/streams/recommendation-${issued.id}/events`, auditor)).body.events;
    expect(history.find((e: { type: string }) => e.type === 'DeadlineMarkedOverdue').metadata.actor).toEqual({ id: 'system:deadlines', role: 'system' });

    const queue = await get(fresh('/v1/follow-up/overdue?province=64'));
    expect(queue.status).toBe(200);
    expect(JSON.stringify(queue.body)).toContain(issued.id);
    const filtered = await get(fresh('/v1/recommendations?entity=64.09&overdue=true'));
    expect(JSON.stringify(filtered.body)).toContain(issued.id);
  }, 30_000);

  it('lets an auditor query a read model as it stood at an earlier position, and nobody else', async () => {
    const before = lastPosition;
    await post('/v1/assessments', { entityCode: '64.01', year: 2024, score: 77.99, publishedOn: '2024-12-06' });
    const now = await get(fresh('/v1/entities/64.01/compliance'), auditor);
    const then = await get(`/v1/entities/64.01/compliance?atPosition=${before}`, auditor);
    expect(now.status).toBe(200);
    expect(then.status).toBe(200);
    expect(JSON.stringify(now.body)).toContain('77.99');
    expect(JSON.stringify(then.body)).not.toContain('77.99');
    expect((await get(`/v1/entities/64.01/compliance?atPosition=${before}`, officer)).status).toBe(403);
  });

  it('reports lag in /health and /metrics, and rebuilds on demand while queries keep answering', async () => {
    const health = await get('/health', {});
    expect(health.status).toBe(200);
    expect(Object.keys(health.body.details.projections)).toEqual(expect.arrayContaining(['compliance', 'recommendations', 'agreements', 'deadline-schedule']));
    const metrics = await api.app.inject({ method: 'GET', url: '/metrics', headers: admin });
    expect(metrics.body).toContain('projection_lag_events');
    const rebuild = await api.app.inject({ method: 'POST', url: '/v1/admin/projections/compliance/rebuild', headers: admin });
    expect(rebuild.statusCode).toBe(202);
    expect((await get('/v1/entities/64.09/compliance')).status).toBe(200);
    expect((await api.app.inject({ method: 'POST', url: '/v1/admin/projections/compliance/rebuild', headers: officer })).statusCode).toBe(403);
  });
});
