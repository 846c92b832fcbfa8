import { createHash } from 'node:crypto';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/** A recommendation followed up by the provider and verified by the Ombudsman, over HTTP. */
describe('follow-up lifecycle over HTTP', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let officer: Record<string, string>;
  let liaison: Record<string, string>;
  let otherLiaison: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ now: new Date('2025-03-03T02:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    officer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'asisten-kaltim' }));
    liaison = bearer(await api.token({ role: 'liaison', entity: '64.09', sub: 'organisasi-ppu' }));
    otherLiaison = bearer(await api.token({ role: 'liaison', entity: '64.01', sub: 'organisasi-paser' }));
    for (const body of [
      { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' },
      { code: '64.09', name: 'Kabupaten Penajam Paser Utara', kind: 'kabupaten', timezone: 'WITA' },
    ]) expect((await post('/v1/entities', body, admin)).status).toBe(201);
    for (const [unitId, name] of [['dpmptsp', 'DPMPTSP'], ['dinas-sosial', 'Dinas Sosial']]) {
      expect((await post('/v1/entities/64.09/units', { unitId, name }, admin)).status).toBeLessThan(300);
    }
  });
  afterAll(() => api.close());

  async function post(url: string, payload: object, headers: Record<string, string>) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers });
    return { status: res.statusCode, body: res.json() };
  }
  const get = async (url: string, headers = officer) => (await api.app.inject({ method: 'GET', url, headers })).json();

  const issue = async (title: string, extra: object = {}) => {
    const res = await post('/v1/recommendations', {
      entityCode: '64.09', unitId: 'dpmptsp', kind: 'tindakan_korektif',
      source: { type: 'lahp', ref: 'LAHP-0012/ORI-KALTIM/II/2025' }, title, issuedOn: '2025-03-03', ...extra,
    }, officer);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it('counts tindakan korektif in working days, skipping cuti bersama and Idul Fitri 2025', async () => {
    const rec = await get(`/v1/recommendations/${await issue('Perbaiki maklumat pelayanan')}`);
    // 30 working days from 3 Mar 2025 cross 28 Mar–7 Apr (Nyepi, Idul Fitri and their cuti bersama).
    expect(rec.deadline).toMatchObject({ setBy: 'rule', timeZone: 'WITA', rule: { days: 30, basis: 'working' } });
    expect(rec.deadline.dueOn > '2025-04-14').toBe(true);
  });

  it('closes a recommendation as sesuai only after evidence is submitted and verified', async () => {
    const id = await issue('Lengkapi standar pelayanan DPMPTSP');
    const item = await post(`/v1/recommendations/${id}/action-items`, { unitId: 'dpmptsp', title: 'Publikasikan standar pelayanan', dueOn: '2025-04-10' }, liaison);
    expect(item.status).toBe(201);

    const noEvidence = await post(`/v1/recommendations/${id}/follow-ups`, { summary: 'Sudah dipublikasikan', documents: [] }, liaison);
    expect(noEvidence.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(noEvidence.body)).toContain('documents');

    const pdf = Buffer.from('%PDF-1.4 standar pelayanan DPMPTSP PPU');
    const doc = { name: 'standar-pelayanan.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64'), sha256: createHash('sha256').update(pdf).digest('hex') };
    expect((await post(`/v1/recommendations/${id}/follow-ups`, { summary: 'x', documents: [doc] }, otherLiaison)).status).toBe(403);
    const followUp = await post(`/v1/recommendations/${id}/follow-ups`, { summary: 'Standar pelayanan dipublikasikan di loket dan situs', documents: [doc] }, liaison);
    expect(followUp.status).toBe(201);
    expect((await get(`/v1/recommendations/${id}`)).status).toBe('menunggu_verifikasi');

    const verified = await post(`/v1/recommendations/${id}/follow-ups/${followUp.body.followUpId}/verify`, { verdict: 'sesuai', note: 'Sesuai hasil pemeriksaan lapangan' }, officer);
    expect(verified.status).toBe(200);
    const rec = await get(`/v1/recommendations/${id}`, liaison);
    expect(rec).toMatchObject({ status: 'sesuai', open: false });
    expect(rec.followUps[0].evidence[0]).toMatchObject({ name: 'standar-pelayanan.pdf', mediaType: 'application/pdf', size: pdf.length, sha256: doc.sha256 });
  });

  it('keeps every deadline version when an extension is approved', async () => {
    const id = await issue('Sediakan sarana pengaduan', { kind: 'rekomendasi', dueOn: '2025-05-02' });
    const asked = await post(`/v1/recommendations/${id}/extensions`, { proposedDueOn: '2025-06-02', reason: 'Pengadaan sarana menunggu APBD perubahan' }, liaison);
    expect(asked.status).toBe(201);
    expect((await post(`/v1/recommendations/${id}/extensions/${asked.body.requestId}/approve`, { note: 'Disetujui' }, officer)).status).toBe(200);
    const rec = await get(`/v1/recommendations/${id}`);
    expect(rec.deadline).toMatchObject({ version: 2, dueOn: '2025-06-02' });
    expect(rec.deadlineHistory.map((d: { version: number; dueOn: string }) => [d.version, d.dueOn])).toEqual([[1, '2025-05-02'], [2, '2025-06-02']]);
  });

  it('needs a reason and an officer acceptance for tidak dapat ditindaklanjuti', async () => {
    const id = await issue('Bangun ruang pelayanan baru', { kind: 'saran_perbaikan', source: { type: 'supervision', ref: 'MONEV-2025-03' } });
    expect((await post(`/v1/recommendations/${id}/not-actionable`, { reason: '' }, liaison)).status).toBeGreaterThanOrEqual(400);
    expect((await post(`/v1/recommendations/${id}/not-actionable`, { reason: 'Lahan terdampak banjir (keadaan kahar)' }, liaison)).status).toBe(200);
    expect((await get(`/v1/recommendations/${id}`)).status).not.toBe('tidak_dapat_ditindaklanjuti');
    expect((await post(`/v1/recommendations/${id}/not-actionable/accept`, { note: 'Diterima' }, liaison)).status).toBe(403);
    expect((await post(`/v1/recommendations/${id}/not-actionable/accept`, { note: 'Diterima' }, officer)).status).toBe(200);
    expect(await get(`/v1/recommendations/${id}`)).toMatchObject({ status: 'tidak_dapat_ditindaklanjuti', open: false });
  });

  it('moves a working-day due date when an admin adds a holiday to the year', async () => {
    const before = (await get(`/v1/recommendations/${await issue('Sebelum libur tambahan')}`)).deadline.dueOn;
    expect((await post('/v1/admin/calendars/2025/seed', {}, admin)).status).toBe(201);
    expect((await post('/v1/admin/calendars/2025/holidays', { date: '2025-03-05', name: 'Libur daerah (uji)', kind: 'national' }, officer)).status).toBe(403);
    expect((await post('/v1/admin/calendars/2025/holidays', { date: '2025-03-05', name: 'Libur tambahan (uji)', kind: 'national' }, admin)).status).toBe(200);
    const after = (await get(`/v1/recommendations/${await issue('Sesudah libur tambahan')}`)).deadline.dueOn;
    expect(after > before).toBe(true);
  });
});
