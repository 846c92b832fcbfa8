import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type EventStore, type RecordedEvent, SqliteEventStore } from '@app/event-store';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';
import { type Cell, allEvents, csv, finished, upload } from './support/import-files';

/** Entered on 22 Nov 2026, 11:00 WITA: every 2023 deadline below lies years in the past. */
const NOW = new Date('2026-11-22T03:00:00Z');

const HEADER = [
  'kode',
  'unit',
  'jenis',
  'sumber',
  'rujukan',
  'judul',
  'tanggal_terbit',
  'tenggat',
  'tanggal_tindak_lanjut',
  'ringkasan_tindak_lanjut',
  'diterima_melalui',
  'nomor_surat',
  'dokumen',
  'hasil_verifikasi',
  'tanggal_verifikasi',
  'catatan_verifikasi',
];

/** A PDF as the evidence store judges it, from its bytes. */
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);

/**
 * POST /v1/imports/recommendations with the follow-up history of each item: a row runs as
 * IssueRecommendation, SubmitFollowUp (the importer on the provider's behalf) and VerifyFollowUp,
 * each with its business date, and the rules for records entered late hold for them.
 */
describe('importing recommendations with their follow-up history', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let kaltimOfficer: Record<string, string>;
  /** Uploaded for Kab. Paser (64.01), and one for Kab. Tanah Laut (63.01). */
  const docs = { decree: '', minutes: '', foreign: '' };

  beforeAll(async () => {
    api = await startApi({ now: NOW });
    admin = bearer(await api.token({ role: 'admin', sub: 'admin-importer' }));
    kaltimOfficer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'asisten-kaltim' }));
    for (const [code, name, kind] of [
      ['63', 'Provinsi Kalimantan Selatan', 'provinsi'],
      ['63.01', 'Kabupaten Tanah Laut', 'kabupaten'],
      ['64', 'Provinsi Kalimantan Timur', 'provinsi'],
      ['64.01', 'Kabupaten Paser', 'kabupaten'],
    ]) {
      await post('/v1/entities', { code, name, kind });
    }
    await post('/v1/entities/64.01/units', { unitId: 'dpmptsp', name: 'DPMPTSP' });
    docs.decree = await uploadEvidence('64.01', 'sk-standar-pelayanan.pdf', pdf('SK Kepala DPMPTSP'));
    docs.minutes = await uploadEvidence('64.01', 'notulen-rapat.pdf', pdf('Notulen rapat tindak lanjut'));
    docs.foreign = await uploadEvidence('63.01', 'sk-tanah-laut.pdf', pdf('SK Tanah Laut'));
  }, 60_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
  }

  async function uploadEvidence(entityCode: string, filename: string, content: Buffer): Promise<string> {
    const boundary = '----history-evidence';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="entityCode"\r\n\r\n${entityCode}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await api.app.inject({ method: 'POST', url: '/v1/evidence', payload, headers: { ...admin, 'content-type': `multipart/form-data; boundary=${boundary}` } });
    if (res.statusCode !== 201) throw new Error(`upload → ${res.statusCode} ${res.body}`);
    return res.json<{ documentId: string }>().documentId;
  }

  const get = (url: string) => api.app.inject({ method: 'GET', url, headers: admin });
  /** Events written by people (the deadline workers record steps of their own). */
  const peopleEvents = async () => (await allEvents(api.store)).filter((e) => e.metadata.actor.role !== 'system');
  const streamOf = async (id: string): Promise<RecordedEvent[]> => (await allEvents(api.store)).filter((e) => e.stream === `recommendation-${id}`);
  const idOf = async (title: string): Promise<string> => {
    const issued = (await allEvents(api.store)).filter((e) => e.type === 'RecommendationIssued' && (e.data as { title: string }).title === title);
    expect(issued).toHaveLength(1);
    return (issued[0].data as { recommendationId: string }).recommendationId;
  };

  it('a dry run names each bad history cell by row and column, with what is allowed, and writes nothing', async () => {
    const item = (title: string): Cell[] => ['64.01', 'dpmptsp', 'saran_perbaikan', 'supervision', 'LHP-9/2023', title, '2023-03-01', '2023-04-30'];
    const file = csv([
      HEADER,
      [...item('No document'), '2023-04-10', 'Standar pelayanan dipajang', 'surat', '', '', '', '', ''],
      [...item('Verified before submitted'), '2023-04-10', 'Standar pelayanan dipajang', 'surat', '', docs.decree, 'sesuai', '2023-04-09', 'Diperiksa'],
      [...item('Submitted before issued'), '2023-02-10', 'Standar pelayanan dipajang', 'surat', '', docs.decree, '', '', ''],
      [...item("Another provider's upload"), '2023-04-10', 'Standar pelayanan dipajang', 'surat', '', docs.foreign, '', '', ''],
      [...item('Verified in the future'), '2023-04-10', 'Standar pelayanan dipajang', 'surat', '', docs.decree, 'sesuai', '2026-11-30', 'Diperiksa'],
      [...item('Claimed through the system'), '2023-04-10', 'Standar pelayanan dipajang', 'sistem', '', docs.decree, '', '', ''],
      [...item('Unknown verdict'), '2023-04-10', 'Standar pelayanan dipajang', 'surat', '', docs.decree, 'mungkin', '2023-04-20', 'Diperiksa'],
      [...item('Verification alone'), '', '', '', '', '', 'sesuai', '2023-04-20', 'Diperiksa'],
      [...item('A good row'), '2023-04-10', 'Standar pelayanan dipajang', '', '', docs.decree, 'sesuai', '2023-04-20', 'Diperiksa'],
    ]);
    const before = (await allEvents(api.store)).length;
    const res = await upload(api, admin, '/v1/imports/recommendations?dryRun=true', file, 'riwayat.csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, rowsTotal: 9, rowsInvalid: 8, toWrite: 1 });
    const where = res.body.rows.map((p: { row: number; column: string; code: string; status: number }) => [p.row, p.column, p.code, p.status]);
    expect(where).toEqual([
      [2, 'dokumen', 'ValidationFailed', 400],
      [3, 'tanggal_verifikasi', 'DateBeforeSubmission', 422],
      [4, 'tanggal_tindak_lanjut', 'DateBeforeIssue', 422],
      [5, 'dokumen', 'UnknownDocument', 422],
      [6, 'tanggal_verifikasi', 'DateInFuture', 422],
      [7, 'diterima_melalui', 'ValidationFailed', 400],
      [8, 'hasil_verifikasi', 'ValidationFailed', 400],
      [9, 'hasil_verifikasi', 'ValidationFailed', 400],
    ]);
    for (const problem of res.body.rows) expect(problem).toMatchObject({ sheet: 'rekomendasi', message: expect.any(String), allowed: expect.anything() });
    expect(res.body.rows[0].allowed).toEqual(expect.stringContaining('POST /v1/evidence'));
    expect(res.body.rows[5].allowed).toEqual(['surat', 'rapat', 'email', 'lainnya']);
    expect(res.body.rows[6].allowed).toEqual(['sesuai', 'belum_sesuai']);
    expect((await allEvents(api.store)).length).toBe(before);
  });

  describe('a good file', () => {
    const onTime: Cell[] = ['64.01', 'dpmptsp', 'saran_perbaikan', 'supervision', 'LHP-3/2023', 'Publish the complete service standard at the counter', '2023-03-01', '2023-04-30'];
    const levy: Cell[] = ['64.01', '', 'tindakan_korektif', 'lahp', 'LAHP-12/2023', 'Refund the unlawful levy', '02/05/2023', '2023-06-01'];
    const open: Cell[] = ['64.01', 'dpmptsp', 'saran_perbaikan', 'supervision', 'LHP-4/2023', 'Train the counter staff on the service standard', '2023-03-01', '2023-05-31'];
    const recent: Cell[] = ['64.01', 'dpmptsp', 'saran_perbaikan', 'supervision', 'LHP-20/2026', 'Open a complaints desk', '2026-10-01', '2026-12-31'];
    // Built when a test runs: the documents are uploaded in beforeAll.
    const rows = (): Cell[][] => [
      HEADER,
      [...onTime, '2023-04-10', 'SK standar pelayanan ditetapkan dan dipajang', 'surat', '700/45/DPMPTSP/2023', docs.decree, 'sesuai', '2023-04-20', 'Diperiksa di loket'],
      // One item, two follow-ups: the first judged belum sesuai, the second (after the due date) sesuai.
      [...levy, '2023-05-20', 'Pengembalian dimulai', 'rapat', '', docs.minutes, 'Belum Sesuai', '25/05/2023', 'Baru sebagian warga'],
      [...levy, '2023-07-10', 'Seluruh pungutan dikembalikan', 'email', '', `${docs.decree}; ${docs.minutes}`, 'sesuai', '2023-07-15', 'Bukti transfer lengkap'],
      [...open, '', '', '', '', '', '', '', ''],
      [...recent, '2026-10-20', 'Meja pengaduan dibuka', '', '', docs.decree, 'sesuai', '2026-11-02', 'Diperiksa'],
    ];

    // Each test imports the file itself (a repeat writes nothing), so it holds when run alone.
    const imported = async (): Promise<void> => {
      const accepted = await upload(api, admin, '/v1/imports/recommendations', csv(rows()), 'rapor-2023.csv');
      expect(accepted.status).toBe(202);
      expect(await finished(api, admin, accepted.body.statusUrl)).toMatchObject({ status: 'done', errors: [] });
    };

    it('records each item with its follow-ups and verifications, dated by business dates, by the importer on the provider’s behalf; the same file again writes nothing', async () => {
      const file = csv(rows());
      const before = (await peopleEvents()).length;
      const accepted = await upload(api, admin, '/v1/imports/recommendations', file, 'rapor-2023.csv');
      expect(accepted.status).toBe(202);
      expect(accepted.body).toMatchObject({ rowsTotal: 5, toWrite: 5, alreadyImported: 0 });
      expect(await finished(api, admin, accepted.body.statusUrl)).toMatchObject({ status: 'done', rowsDone: 5, written: 5, errors: [] });

      const written = (await peopleEvents()).slice(before);
      expect(written.filter((e) => e.type === 'RecommendationIssued')).toHaveLength(4);
      expect(written.filter((e) => e.type === 'FollowUpSubmitted')).toHaveLength(4);
      expect(written.filter((e) => e.type === 'FollowUpVerified')).toHaveLength(4);
      expect(new Set(written.map((e) => e.metadata.correlationId))).toEqual(new Set([accepted.body.importId]));
      expect(new Set(written.map((e) => e.metadata.actor.id))).toEqual(new Set(['admin-importer']));

      const a = (await get(`/v1/recommendations/${await idOf(onTime[5] as string)}`)).json();
      expect(a).toMatchObject({ status: 'sesuai', open: false, issuedOn: '2023-03-01', deadline: { dueOn: '2023-04-30' } });
      expect(a.followUps).toEqual([
        expect.objectContaining({
          submittedOn: '2023-04-10',
          receivedVia: 'surat',
          letterNumber: '700/45/DPMPTSP/2023',
          evidence: [expect.objectContaining({ documentId: docs.decree, name: 'sk-standar-pelayanan.pdf' })],
          verification: expect.objectContaining({ verdict: 'sesuai', verifiedOn: '2023-04-20' }),
        }),
      ]);

      const levyId = await idOf(levy[5] as string);
      const b = (await get(`/v1/recommendations/${levyId}`)).json();
      expect(b).toMatchObject({ status: 'sesuai', open: false });
      expect(b.followUps.map((f: { submittedOn: string; receivedVia: string; evidence: unknown[]; verification: { verdict: string; verifiedOn: string } }) => [f.submittedOn, f.receivedVia, f.evidence.length, f.verification.verdict, f.verification.verifiedOn])).toEqual([
        ['2023-05-20', 'rapat', 1, 'belum_sesuai', '2023-05-25'],
        ['2023-07-10', 'email', 2, 'sesuai', '2023-07-15'],
      ]);
      // Business time: the state on a past date, from the events' business dates.
      const at = async (date: string) => (await get(`/v1/recommendations/${levyId}?validAt=${date}`)).json();
      expect(await at('2023-05-01')).toMatchObject({ code: 'RecommendationNotFound' });
      expect(await at('2023-05-22')).toMatchObject({ status: 'menunggu_verifikasi', open: true });
      expect(await at('2023-06-30')).toMatchObject({ status: 'belum_sesuai', open: true });
      expect((await at('2023-06-30')).followUps).toHaveLength(1);
      expect(await at('2023-12-31')).toMatchObject({ status: 'sesuai', open: false });

      // The same file again: every step is recognised, nothing is written.
      const again = await upload(api, admin, '/v1/imports/recommendations', file, 'rapor-2023.csv');
      expect(again.body).toMatchObject({ rowsTotal: 5, toWrite: 0, alreadyImported: 5 });
      expect(await finished(api, admin, again.body.statusUrl)).toMatchObject({ status: 'done', written: 0, replayed: 5 });
      expect((await allEvents(api.store)).filter((e) => e.metadata.correlationId === again.body.importId)).toEqual([]);
    });

    it('keeps the late-record rules: no reminder for the past, overdue marks dated at the due instant only for deadlines entered over a day late, and lateness by business dates', async () => {
      await imported();
      const ids = { onTime: await idOf(onTime[5] as string), levy: await idOf(levy[5] as string), open: await idOf(open[5] as string), recent: await idOf(recent[5] as string) };
      // The read side (its own projection) has seen every imported item and its ending.
      const items = async () => {
        const res = await get('/v1/recommendations?entity=64.01&limit=100');
        return new Map(res.json<{ items: Array<{ id: string; status: string; late: boolean | null; overdue: boolean }> }>().items.map((i) => [i.id, i]));
      };
      await waitUntil(async () => {
        const seen = await items();
        return seen.get(ids.recent)?.status === 'sesuai' && seen.get(ids.levy)?.status === 'sesuai' && seen.get(ids.onTime)?.status === 'sesuai' && seen.has(ids.open);
      }, 'the imported items on the read side');
      const seen = await items();
      expect(seen.get(ids.onTime)).toMatchObject({ late: false, overdue: false });
      expect(seen.get(ids.levy)).toMatchObject({ late: true, overdue: false });
      expect(seen.get(ids.open)).toMatchObject({ status: 'belum_ditindaklanjuti', late: true, overdue: true });
      expect(seen.get(ids.recent)).toMatchObject({ late: false, overdue: false });

      const steps = async (id: string) => {
        const events = await streamOf(id);
        return { reminders: events.filter((e) => e.type === 'DeadlineReminderSent'), marks: events.filter((e) => e.type === 'DeadlineMarkedOverdue') };
      };
      for (const [id, dueAt] of [
        [ids.onTime, '2023-04-30T16:00:00.000Z'],
        [ids.levy, '2023-06-01T16:00:00.000Z'],
        [ids.open, '2023-05-31T16:00:00.000Z'],
      ]) {
        const { reminders, marks } = await steps(id);
        expect(reminders).toEqual([]);
        // Recorded with the issue, in the same append, because the deadline was years past when entered:
        // a fact dated at the due instant, never notified (recordedLate).
        expect(marks.map((m) => [m.data, m.metadata.occurredAt, m.metadata.actor.role])).toEqual([[expect.objectContaining({ dueAt, markedAt: dueAt, recordedLate: true }), dueAt, 'admin']]);
      }
      // Due at the end of 2026 and fulfilled before: no overdue mark, no reminder.
      expect(await steps(ids.recent)).toEqual({ reminders: [], marks: [] });
    });

    it('adds a history line to an item imported before: the same recommendation, only the new follow-up written', async () => {
      await imported();
      const openId = await idOf(open[5] as string);
      const file = csv([HEADER, [...open, '2023-06-15', 'Pelatihan petugas loket dilaksanakan', 'lainnya', '', docs.minutes, '', '', '']]);
      const accepted = await upload(api, admin, '/v1/imports/recommendations', file, 'susulan.csv');
      expect(accepted.body).toMatchObject({ rowsTotal: 1, toWrite: 1, alreadyImported: 0 });
      expect(await finished(api, admin, accepted.body.statusUrl)).toMatchObject({ status: 'done', written: 1 });
      expect((await allEvents(api.store)).filter((e) => e.metadata.correlationId === accepted.body.importId).map((e) => [e.type, e.stream])).toEqual([['FollowUpSubmitted', `recommendation-${openId}`]]);
      const rec = (await get(`/v1/recommendations/${openId}`)).json();
      expect(rec).toMatchObject({ status: 'menunggu_verifikasi', followUps: [expect.objectContaining({ submittedOn: '2023-06-15', receivedVia: 'lainnya', verification: null })] });
    });
  });

  it('the template shows an example row with its history, and the Petunjuk sheet says how to add more follow-ups and their documents', async () => {
    const res = await get('/v1/imports/recommendations/template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('rekomendasi')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const example = Object.fromEntries(HEADER.map((header, i) => [header, sheet.getRow(2).getCell(i + 1).value]));
    expect(example).toMatchObject({ tanggal_tindak_lanjut: '2024-03-20', diterima_melalui: 'surat', hasil_verifikasi: 'sesuai', tanggal_verifikasi: '2024-04-05' });
    const notes = (workbook.getWorksheet('Petunjuk')!.getColumn(5).values as unknown[]).filter((v): v is string => typeof v === 'string').join('\n');
    expect(notes).toMatch(/mengulang kolom rekomendasi/);
    expect(notes).toMatch(/POST \/v1\/evidence/);
    expect(notes).toMatch(/kosong = surat/);
  });

  it("names each row outside an officer's provinces, and records the officer's history rows on the provider's behalf", async () => {
    const row = (code: string, title: string): Cell[] => [code, '', 'saran_perbaikan', 'supervision', 'LHP-30/2024', title, '2024-02-01', '2024-03-31', '2024-03-01', 'Sudah dilaksanakan', '', 'B/11/2024', docs.decree, 'sesuai', '2024-03-05', 'Lengkap'];
    const mixed = csv([HEADER, row('64.01', 'Publish the complaint channels'), row('63.01', 'Publish the complaint channels in Tanah Laut')]);
    const refused = await upload(api, kaltimOfficer, '/v1/imports/recommendations', mixed, 'rapor.csv');
    expect(refused.status).toBe(422);
    expect(refused.body.rows).toEqual([expect.objectContaining({ row: 3, column: 'kode', status: 403, code: 'OutsideScope' })]);

    const fixed = await upload(api, kaltimOfficer, '/v1/imports/recommendations', csv([HEADER, row('64.01', 'Publish the complaint channels')]), 'rapor.csv');
    expect(fixed.status).toBe(202);
    expect(await finished(api, kaltimOfficer, fixed.body.statusUrl)).toMatchObject({ status: 'done', written: 1 });
    const events = (await allEvents(api.store)).filter((e) => e.metadata.correlationId === fixed.body.importId);
    expect(events.map((e) => [e.type, e.metadata.actor.id])).toEqual(
      expect.arrayContaining([
        ['RecommendationIssued', 'asisten-kaltim'],
        ['FollowUpSubmitted', 'asisten-kaltim'],
        ['FollowUpVerified', 'asisten-kaltim'],
      ]),
    );
    const submitted = events.find((e) => e.type === 'FollowUpSubmitted');
    expect(submitted?.data).toMatchObject({ receivedVia: 'surat', letterNumber: 'B/11/2024', submittedOn: '2024-03-01' });
  });
});

/**
 * A store that commits one stream at a time (as EventStoreDB): the rows run as commands through
 * the CommandBus, rows of different items overlapping, so the lines of one item must still be
 * written in file order.
 */
class OneStreamAtATime implements EventStore {
  constructor(private readonly inner: EventStore) {}
  append: EventStore['append'] = (...args) => this.inner.append(...args);
  readStream: EventStore['readStream'] = (...args) => this.inner.readStream(...args);
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  subscribe: EventStore['subscribe'] = (...args) => this.inner.subscribe(...args);
  headPosition: EventStore['headPosition'] = () => this.inner.headPosition();
  ping: EventStore['ping'] = () => this.inner.ping();
  close: EventStore['close'] = () => this.inner.close();
}

describe('importing history through the CommandBus, on a store without multi-stream commits', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'history-bus-'));

  beforeAll(async () => {
    api = await startApi({ now: NOW, store: new OneStreamAtATime(new SqliteEventStore(join(dir, 'events.db'))) });
    admin = bearer(await api.token({ role: 'admin', sub: 'admin-importer' }));
    for (const [code, name, kind] of [
      ['64', 'Provinsi Kalimantan Timur', 'provinsi'],
      ['64.01', 'Kabupaten Paser', 'kabupaten'],
    ]) {
      expect((await api.app.inject({ method: 'POST', url: '/v1/entities', payload: { code, name, kind }, headers: admin })).statusCode).toBe(201);
    }
  }, 60_000);
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the lines of each item in file order while other items overlap, and replays them all on a re-import', async () => {
    const boundary = '----history-bus';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="entityCode"\r\n\r\n64.01\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bukti.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf('Bukti tindak lanjut'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await api.app.inject({ method: 'POST', url: '/v1/evidence', payload, headers: { ...admin, 'content-type': `multipart/form-data; boundary=${boundary}` } });
    const doc = uploaded.json<{ documentId: string }>().documentId;
    const item = (n: number): Cell[] => ['64.01', '', 'tindakan_korektif', 'lahp', `LAHP-${n}/2023`, `Corrective action ${n}`, '2023-05-02', '2023-06-01'];
    const rows: Cell[][] = [HEADER];
    for (let n = 1; n <= 6; n++) {
      rows.push([...item(n), '2023-05-20', 'Tahap pertama', 'surat', '', doc, 'belum_sesuai', '2023-05-25', 'Belum lengkap']);
      rows.push([...item(n), '2023-07-10', 'Tahap kedua', 'surat', '', doc, 'sesuai', '2023-07-15', 'Lengkap']);
    }
    const file = csv(rows);
    const accepted = await upload(api, admin, '/v1/imports/recommendations', file, 'lahp.csv');
    expect(accepted.status).toBe(202);
    expect(await finished(api, admin, accepted.body.statusUrl)).toMatchObject({ status: 'done', rowsDone: 12, written: 12, errors: [] });
    const issued = (await allEvents(api.store)).filter((e) => e.type === 'RecommendationIssued');
    expect(issued).toHaveLength(6);
    for (const event of issued) {
      const rec = (await api.app.inject({ method: 'GET', url: `/v1/recommendations/${(event.data as { recommendationId: string }).recommendationId}`, headers: admin })).json();
      expect(rec).toMatchObject({ status: 'sesuai', open: false });
      expect(rec.followUps.map((f: { submittedOn: string; verification: { verdict: string } }) => [f.submittedOn, f.verification.verdict])).toEqual([
        ['2023-05-20', 'belum_sesuai'],
        ['2023-07-10', 'sesuai'],
      ]);
    }
    const again = await upload(api, admin, '/v1/imports/recommendations', file, 'lahp.csv');
    expect(await finished(api, admin, again.body.statusUrl)).toMatchObject({ status: 'done', written: 0, replayed: 12 });
  });
});
