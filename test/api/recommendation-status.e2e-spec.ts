import { createHash } from 'node:crypto';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/**
 * The follow-up status says what is happening, over HTTP: a submitted follow-up awaits an
 * officer (menunggu_verifikasi) until judged, and completion is an event of its own
 * (RecommendationFulfilled) that the list and the record both read.
 */
describe('recommendation status over HTTP: menunggu_verifikasi and RecommendationFulfilled', () => {
  let api: ApiHarness;
  let officer: Record<string, string>;
  let liaison: Record<string, string>;
  let auditor: Record<string, string>;
  let lastPosition = '0';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2025-03-03T02:00:00Z') });
    const admin = bearer(await api.token({ role: 'admin' }));
    officer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'asisten-kaltim' }));
    liaison = bearer(await api.token({ role: 'liaison', entity: '64.09', sub: 'organisasi-ppu' }));
    auditor = bearer(await api.token({ role: 'auditor' }));
    await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' }, admin);
    await post('/v1/entities', { code: '64.09', name: 'Kabupaten Penajam Paser Utara', kind: 'kabupaten', timezone: 'WITA' }, admin);
    await post('/v1/entities/64.09/units', { unitId: 'dpmptsp', name: 'DPMPTSP' }, admin);
  }, 30_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object, headers: Record<string, string>) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position ?? lastPosition;
    return res.json();
  }
  /** Read-your-writes: the list waits for the projection to reach the last command's position. */
  const list = async (query: string) => {
    const res = await api.app.inject({ method: 'GET', url: `/v1/recommendations?${query}&minPosition=${lastPosition}`, headers: auditor });
    expect(res.statusCode).toBe(200);
    return (res.json().items as Array<{ id: string; status: string; open: boolean }>).map((i) => i.id).sort();
  };
  const record = async (id: string) => (await api.app.inject({ method: 'GET', url: `/v1/recommendations/${id}`, headers: officer })).json();

  const pdf = Buffer.from('%PDF-1.4 standar pelayanan DPMPTSP PPU');
  const documents = [{ name: 'standar-pelayanan.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64'), sha256: createHash('sha256').update(pdf).digest('hex') }];
  const issue = async (title: string) =>
    (await post('/v1/recommendations', { entityCode: '64.09', unitId: 'dpmptsp', kind: 'tindakan_korektif', source: { type: 'lahp', ref: 'LAHP-0012/ORI-KALTIM/II/2025' }, title, issuedOn: '2025-03-03' }, officer))
      .id as string;
  const submit = async (id: string) => (await post(`/v1/recommendations/${id}/follow-ups`, { summary: 'Standar pelayanan dipublikasikan', documents }, liaison)).followUpId as string;
  const verify = (id: string, followUpId: string, verdict: 'sesuai' | 'belum_sesuai') =>
    post(`/v1/recommendations/${id}/follow-ups/${followUpId}/verify`, { verdict, note: 'Diperiksa di lapangan' }, officer);

  it('filters by status=menunggu_verifikasi: submitted and not yet judged, apart from a verified belum_sesuai', async () => {
    const untouched = await issue('Sediakan ruang laktasi');
    const awaiting = await issue('Publikasikan standar pelayanan');
    const judged = await issue('Sediakan sarana pengaduan');
    const resubmitted = await issue('Lengkapi maklumat pelayanan');
    await submit(awaiting);
    await verify(judged, await submit(judged), 'belum_sesuai');
    await verify(resubmitted, await submit(resubmitted), 'belum_sesuai');
    await submit(resubmitted);

    expect(await list('status=menunggu_verifikasi')).toEqual([awaiting, resubmitted].sort());
    expect(await list('status=belum_sesuai')).toEqual([judged]);
    expect(await list('status=belum_ditindaklanjuti')).toEqual([untouched]);
    expect((await record(awaiting)).status).toBe('menunggu_verifikasi');
    expect((await record(judged)).status).toBe('belum_sesuai');
  });

  it('a sesuai verdict records RecommendationFulfilled; the list reads it as sesuai and closed', async () => {
    const id = await issue('Tetapkan petugas pengelola pengaduan');
    const followUpId = await submit(id);
    await verify(id, followUpId, 'sesuai');
    const history = (await api.app.inject({ method: 'GET', url: `/v1/audit/streams/recommendation-${id}/events`, headers: auditor })).json().events as Array<{ type: string }>;
    expect(history.map((e) => e.type).slice(-2)).toEqual(['FollowUpVerified', 'RecommendationFulfilled']);
    expect(await list('status=sesuai')).toContain(id);
    expect(await list('status=menunggu_verifikasi')).not.toContain(id);
    expect(await list('open=true')).not.toContain(id);
    expect(await record(id)).toMatchObject({ status: 'sesuai', open: false, closure: { kind: 'verified' } });
  });

  it('refuses an unknown status, naming the allowed ones', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/v1/recommendations?status=menunggu', headers: auditor });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().errors)).toContain('menunggu_verifikasi');
  });
});
