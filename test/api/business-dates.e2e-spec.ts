import { ApiHarness, bearer, startApi } from '../support/api-harness';

interface Problem {
  code: string;
  errors?: Array<{ field: string; allowed?: unknown }>;
}

/**
 * Records entered late over HTTP: a 2023 recommendation to Kota Jayapura
 * (WIT, UTC+9), whose day starts two hours before WIB's, entered on 1 December 2026 at 23:30 UTC
 * (2 December 08:30 WIT). Its follow-up came by letter and is recorded by an officer.
 */
describe('business dates and follow-ups received outside the system, over HTTP', () => {
  let api: ApiHarness;
  let officer: Record<string, string>;
  let liaison: Record<string, string>;
  let admin: Record<string, string>;
  let id = '';
  const doc = { name: 'surat-tindak-lanjut.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.7 surat tindak lanjut').toString('base64') };
  const TODAY_WIT = '2026-12-02';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-12-01T23:30:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    officer = bearer(await api.token({ role: 'officer', provinces: ['91'], sub: 'asisten-papua' }));
    liaison = bearer(await api.token({ role: 'liaison', entity: '91.71', sub: 'organisasi-jayapura' }));
    expect((await post('/v1/entities', { code: '91', name: 'Provinsi Papua', kind: 'provinsi' }, admin)).status).toBe(201);
    expect((await post('/v1/entities', { code: '91.71', name: 'Kota Jayapura', kind: 'kota', parentCode: '91' }, admin)).status).toBe(201);
    const issued = await post('/v1/recommendations', {
      entityCode: '91.71', kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP/0045/LM/V/2023/JPR' },
      title: 'Penuhi komponen standar pelayanan', issuedOn: '2023-05-02', dueOn: '2023-12-31',
    }, officer);
    expect(issued.status).toBe(201);
    id = issued.body.id as string;
  }, 60_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object, headers: Record<string, string>) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers });
    return { status: res.statusCode, body: res.json(), type: res.headers['content-type'] };
  }
  const get = async (url: string) => (await api.app.inject({ method: 'GET', url, headers: officer })).json();
  const followUp = (extra: object) => ({ summary: 'SK Wali Kota tentang standar pelayanan', documents: [doc], ...extra });

  it('refuses a follow-up dated after today in the provider zone, naming the field and the last allowed date', async () => {
    const res = await post(`/v1/recommendations/${id}/follow-ups`, followUp({ submittedOn: '2026-12-03' }), liaison);
    expect(res.status).toBe(422);
    expect(res.type).toContain('application/problem+json');
    expect(res.body as Problem).toMatchObject({ code: 'DateInFuture', errors: [{ field: 'submittedOn', allowed: `submittedOn ≤ ${TODAY_WIT}` }] });
  });

  it('refuses a follow-up dated before the recommendation was issued', async () => {
    const res = await post(`/v1/recommendations/${id}/follow-ups`, followUp({ submittedOn: '2023-05-01' }), liaison);
    expect(res.status).toBe(422);
    expect(res.body as Problem).toMatchObject({ code: 'DateBeforeIssue', errors: [{ field: 'submittedOn', allowed: 'submittedOn ≥ 2023-05-02' }] });
  });

  it('keeps receivedVia to officers, and makes officers say it', async () => {
    const claimed = await post(`/v1/recommendations/${id}/follow-ups`, followUp({ receivedVia: 'surat' }), liaison);
    expect(claimed.status).toBe(422);
    expect(claimed.body as Problem).toMatchObject({ code: 'ReceivedViaNotAllowed', errors: [{ field: 'receivedVia', allowed: ['sistem'] }] });
    const silent = await post(`/v1/recommendations/${id}/follow-ups`, followUp({ submittedOn: '2023-06-01' }), officer);
    expect(silent.status).toBe(422);
    expect(silent.body as Problem).toMatchObject({ code: 'ReceivedViaRequired', errors: [{ field: 'receivedVia', allowed: ['surat', 'rapat', 'email', 'lainnya'] }] });
    const unknown = await post(`/v1/recommendations/${id}/follow-ups`, followUp({ receivedVia: 'faks' }), officer);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('receivedVia');
  });

  it('records a follow-up received by letter in 2023, verified later in 2023, and reads it as of each business date', async () => {
    const submitted = await post(`/v1/recommendations/${id}/follow-ups`, followUp({ submittedOn: '2023-06-01', receivedVia: 'surat', letterNumber: '700/123/Org/2023' }), officer);
    expect(submitted.status).toBe(201);
    const followUpId = submitted.body.followUpId as string;
    const early = await post(`/v1/recommendations/${id}/follow-ups/${followUpId}/verify`, { verdict: 'sesuai', note: 'Diperiksa', verifiedOn: '2023-05-31' }, officer);
    expect(early.status).toBe(422);
    expect(early.body as Problem).toMatchObject({ code: 'DateBeforeSubmission', errors: [{ field: 'verifiedOn', allowed: 'verifiedOn ≥ 2023-06-01' }] });
    expect((await post(`/v1/recommendations/${id}/follow-ups/${followUpId}/verify`, { verdict: 'sesuai', note: 'Diperiksa', verifiedOn: '2023-07-01' }, officer)).status).toBe(200);

    const now = await get(`/v1/recommendations/${id}`);
    expect(now).toMatchObject({ status: 'sesuai', open: false, closure: { closedOn: '2023-07-01' } });
    expect(now.followUps).toEqual([expect.objectContaining({ followUpId, submittedOn: '2023-06-01', receivedVia: 'surat', letterNumber: '700/123/Org/2023', verification: expect.objectContaining({ verifiedOn: '2023-07-01' }) })]);
    expect(await get(`/v1/recommendations/${id}?validAt=2023-06-15`)).toMatchObject({ status: 'menunggu_verifikasi', open: true });
    expect(await get(`/v1/recommendations/${id}?validAt=2023-12-31`)).toMatchObject({ status: 'sesuai', open: false, readAt: [{ axis: 'valid', instant: '2023-12-31T14:59:59.999Z' }] });

    const list = (await api.app.inject({ method: 'GET', url: `/v1/audit/streams/recommendation-${id}/events`, headers: admin })).json<{ events: Array<{ type: string; metadata: { occurredAt: string } }> }>().events;
    expect(list.filter((e) => !e.type.startsWith('Deadline')).map((e) => [e.type, e.metadata.occurredAt])).toEqual([
      ['RecommendationIssued', '2023-05-02T14:59:59.999Z'],
      ['FollowUpSubmitted', '2023-06-01T14:59:59.999Z'],
      ['FollowUpVerified', '2023-07-01T14:59:59.999Z'],
      ['RecommendationFulfilled', '2023-07-01T14:59:59.999Z'],
    ]);
  });

  it("lets a liaison's follow-up dated today in WIT through even though it is still the day before in UTC and WIB", async () => {
    const other = await post('/v1/recommendations', {
      entityCode: '91.71', kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP/0046/LM/XI/2026/JPR' }, title: 'Publikasikan maklumat pelayanan', issuedOn: TODAY_WIT,
    }, officer);
    expect(other.status).toBe(201);
    const res = await post(`/v1/recommendations/${other.body.id}/follow-ups`, followUp({ submittedOn: TODAY_WIT, receivedVia: 'sistem' }), liaison);
    expect(res.status).toBe(201);
    const rec = await get(`/v1/recommendations/${other.body.id}`);
    expect(rec.followUps[0]).toMatchObject({ submittedOn: TODAY_WIT, receivedVia: 'sistem', letterNumber: null });
  });
});
