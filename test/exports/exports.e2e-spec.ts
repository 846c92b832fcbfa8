import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Json = Record<string, unknown>;

/**
 * Every list answers CSV and XLSX with every page of the same filtered, scope-limited result,
 * through the real application (its own redis-server, projections, workers) and a manual clock.
 */
describe('exports of the lists as CSV and XLSX', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let kalselOfficer: Record<string, string>;
  let auditor: Record<string, string>;
  let lastPosition = '0';
  const titles = {
    formula: '=HYPERLINK("http://contoh.invalid","klik")',
    plus: '+62 layanan pengaduan belum aktif',
    minus: '-1 petugas loket',
    at: '@dinas sosial belum menjawab',
  };

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    kalselOfficer = bearer(await api.token({ role: 'officer', provinces: ['63'] }));
    auditor = bearer(await api.token({ role: 'auditor' }));
    for (const [code, name, kind] of [
      ['63', 'Provinsi Kalimantan Selatan', 'provinsi'],
      ['63.71', 'Kota Banjarmasin', 'kota'],
      ['64', 'Provinsi Kalimantan Timur', 'provinsi'],
      ['64.01', 'Kabupaten Paser', 'kabupaten'],
      ['64.09', 'Kabupaten Penajam Paser Utara', 'kabupaten'],
    ]) await post('/v1/entities', { code, name, kind, timezone: 'WITA' });
    for (const [code, score] of [['64.09', 86.58], ['64.01', 81.22], ['64', 78.5], ['63', 70.1], ['63.71', 55.18]] as const) {
      await post('/v1/assessments', { entityCode: code, year: 2023, score, publishedOn: '2023-12-05' });
    }
    await post('/v1/assessments', { entityCode: '64.09', year: 2022, score: 55.18, publishedOn: '2022-12-05' });
    for (const [code, number, signedOn] of [['63', '30/ORI-MOU/X/2021', '2021-10-28'], ['64.01', '41/ORI-MOU/III/2022', '2022-03-01'], ['63.71', '05/ORI-MOU/I/2020', '2020-01-15'], ['64', '12/ORI-MOU/V/2023', '2023-05-02']]) {
      await post('/v1/mous', { entityCode: code, ombudsmanNumber: number, counterpartNumber: `NK/${number}`, signedOn, title: 'Peningkatan kualitas pelayanan publik', validUntil: '2031-12-31' });
    }
    const recommendations: Array<[string, string, string]> = [
      ['64.09', titles.formula, '2026-11-30'],
      ['64.09', titles.plus, '2026-12-01'],
      ['64.01', titles.minus, '2026-12-02'],
      ['63.71', titles.at, '2026-12-03'],
      ['63.71', 'Perbaiki maklumat pelayanan', '2026-12-04'],
      ['64.09', 'Sediakan ruang laktasi', '2027-03-01'],
    ];
    for (const [entityCode, title, dueOn] of recommendations) {
      await post('/v1/recommendations', { entityCode, kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP-0099/ORI/X/2026' }, title, issuedOn: '2026-10-01', dueOn });
    }
    // Five of the six are past due from here on (judged at the clock's instant).
    api.clock.set(new Date('2026-12-15T03:00:00Z'));
    await waitUntil(async () => (await json(`/v1/follow-up/overdue?minPosition=${lastPosition}`)).body.items.length === 5, 'five overdue items');
  }, 60_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
    return res.json();
  }
  const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}minPosition=${lastPosition}`;
  async function json(url: string, headers = admin) {
    const res = await api.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.json() };
  }
  async function download(url: string, accept: string, headers = admin) {
    const res = await api.app.inject({ method: 'GET', url: fresh(url), headers: { ...headers, accept } });
    return { status: res.statusCode, headers: res.headers, payload: res.rawPayload, text: res.body };
  }
  /** Every item of every JSON page, following nextCursor (or another cursor field). */
  async function allPages(url: string, headers = admin, items = 'items', cursorParam = 'cursor', next = 'nextCursor'): Promise<Json[]> {
    const all: Json[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await json(fresh(`${url}${cursor ? `&${cursorParam}=${encodeURIComponent(cursor)}` : ''}`), headers);
      expect([url, res.status]).toEqual([url, 200]);
      all.push(...(res.body[items] as Json[]));
      cursor = res.body[next] as string | null;
      pages += 1;
    } while (cursor !== null && pages < 50);
    return all;
  }
  const csvRecords = (text: string): string[][] => parse(text, { bom: true }) as string[][];
  /** A CSV's records as objects keyed by its header. */
  const csvRows = (text: string): Array<Record<string, string>> => {
    const [header, ...rows] = csvRecords(text);
    return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  };
  async function workbook(payload: Buffer): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(payload as unknown as ExcelJS.Buffer);
    return book;
  }
  const headerOf = (sheet: ExcelJS.Worksheet): string[] => (sheet.getRow(1).values as unknown[]).slice(1).map(String);

  describe('compliance', () => {
    it('writes every page of the JSON result, in order, with Indonesian headers and two-decimal scores', async () => {
      const expected = await allPages('/v1/compliance?year=2023&limit=2');
      expect(expected).toHaveLength(5);
      const res = await download('/v1/compliance?year=2023&limit=2', CSV);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="hasil-penilaian-kepatuhan-2026-12-15.csv"');
      expect(res.headers.vary).toContain('Accept');
      const [header] = csvRecords(res.text);
      expect(header.slice(0, 10)).toEqual(['Kode', 'Nama penyelenggara', 'Jenis', 'Provinsi', 'Tahun', 'Nilai', 'Kategori', 'Zona', 'Opini', 'Tanggal publikasi']);
      const rows = csvRows(res.text);
      expect(rows.map((r) => r.Kode)).toEqual(expected.map((e) => e.entityCode));
      expect(rows.map((r) => r.Nilai)).toEqual(['86.58', '81.22', '78.50', '70.10', '55.18']);
      expect(rows.map((r) => r.Zona)).toEqual(expected.map((e) => e.zone));
      expect(rows[0]['Tanggal publikasi']).toBe('2023-12-05');
      expect(rows[0]['Nilai sebelumnya']).toBe('55.18');
    });

    it('keeps an officer to their provinces, as the JSON does', async () => {
      const rows = csvRows((await download('/v1/compliance?year=2023&limit=1', CSV, kalselOfficer)).text);
      expect(rows.map((r) => r.Kode)).toEqual(['63', '63.71']);
      const refused = await download('/v1/compliance?year=2023&province=64', CSV, kalselOfficer);
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(refused.text).code).toBe('OutsideScope');
    });

    it('writes XLSX with a frozen header, date cells and scores formatted 0.00', async () => {
      const res = await download('/v1/compliance?year=2023&limit=2', XLSX);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toBe('attachment; filename="hasil-penilaian-kepatuhan-2026-12-15.xlsx"');
      const book = await workbook(res.payload);
      const sheet = book.getWorksheet('Hasil penilaian kepatuhan')!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = headerOf(sheet);
      expect(sheet.rowCount).toBe(6);
      const score = sheet.getRow(2).getCell(header.indexOf('Nilai') + 1);
      expect(score.value).toBe(86.58);
      expect(score.numFmt).toBe('0.00');
      const published = sheet.getRow(2).getCell(header.indexOf('Tanggal publikasi') + 1);
      expect(published.type).toBe(ExcelJS.ValueType.Date);
      expect(published.value).toEqual(new Date(Date.UTC(2023, 11, 5)));
      expect(sheet.getRow(4).getCell(header.indexOf('Nilai') + 1).value).toBe(78.5);
    });

    it('exports the summary and a provider history, which come in one piece', async () => {
      const summary = csvRows((await download('/v1/compliance/summary?year=2023', CSV)).text);
      const announced = (await json(fresh('/v1/compliance/summary?year=2023'))).body;
      expect(summary.filter((r) => r.Kelompok === 'Zona').map((r) => [r['Kategori / zona'], r['Jumlah penyelenggara']])).toEqual(
        announced.zones.map((z: { zone: string; count: number }) => [z.zone, String(z.count)]),
      );
      expect(summary.filter((r) => r.Kelompok === 'Kategori')).toHaveLength(announced.categories.length);
      const download64 = await download('/v1/entities/64.09/compliance', CSV);
      expect(download64.headers['content-disposition']).toBe('attachment; filename="riwayat-kepatuhan-64.09-2026-12-15.csv"');
      const history = csvRows(download64.text);
      expect(history.map((r) => [r.Tahun, r.Nilai])).toEqual([['2022', '55.18'], ['2023', '86.58']]);
    });
  });

  describe('overdue follow-up', () => {
    it('writes every page of the overdue queue, exactly the JSON rows', async () => {
      const expected = await allPages('/v1/follow-up/overdue?limit=2');
      expect(expected).toHaveLength(5);
      const res = await download('/v1/follow-up/overdue?limit=2', CSV);
      expect(res.headers['content-disposition']).toBe('attachment; filename="tindak-lanjut-terlambat-2026-12-15.csv"');
      const rows = csvRows(res.text);
      expect(rows.map((r) => [r.Id, r.Kode, r['Jatuh tempo'], r['Hari terlambat']])).toEqual(
        expected.map((e) => [e.id, e.entityCode, (e.deadline as Json).dueOn, String(e.daysOverdue)]),
      );
      expect(rows[0]['Hari terlambat']).toBe('15');
    });

    it('never gives an officer another province\'s rows', async () => {
      const rows = csvRows((await download('/v1/follow-up/overdue?limit=1', CSV, kalselOfficer)).text);
      expect(rows.map((r) => r.Kode)).toEqual(['63.71', '63.71']);
      expect((await download('/v1/follow-up/overdue?entity=64.09', XLSX, kalselOfficer)).status).toBe(403);
    });

    it('escapes text a spreadsheet would run as a formula in CSV, and keeps it plain text in XLSX', async () => {
      const rows = csvRows((await download('/v1/recommendations?limit=2', CSV)).text);
      const judul = rows.map((r) => r.Judul);
      expect(judul).toEqual(expect.arrayContaining([`'${titles.formula}`, `'${titles.plus}`, `'${titles.minus}`, `'${titles.at}`, 'Perbaiki maklumat pelayanan']));
      expect(judul).toHaveLength(6);
      const book = await workbook((await download('/v1/recommendations?limit=2', XLSX)).payload);
      const sheet = book.getWorksheet('Rekomendasi')!;
      const column = headerOf(sheet).indexOf('Judul') + 1;
      const cell = sheet.getRow(2).getCell(column);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(titles.formula);
      const due = sheet.getRow(2).getCell(headerOf(sheet).indexOf('Jatuh tempo') + 1);
      expect(due.value).toEqual(new Date(Date.UTC(2026, 10, 30)));
    });
  });

  describe('agreements', () => {
    it('writes every page of the agreements list, within the caller\'s scope', async () => {
      const expected = await allPages('/v1/agreements?limit=1');
      const rows = csvRows((await download('/v1/agreements?limit=1', CSV)).text);
      expect(rows.map((r) => [r.Id, r.Kode, r.Ditandatangani])).toEqual(expected.map((e) => [e.id, e.entityCode, e.signedOn]));
      expect(rows).toHaveLength(4);
      const kalsel = csvRows((await download('/v1/agreements?limit=1', CSV, kalselOfficer)).text);
      expect(kalsel.map((r) => r.Kode)).toEqual(['63.71', '63']);
    });

    it('writes dates as date cells in XLSX', async () => {
      const sheet = (await workbook((await download('/v1/agreements', XLSX)).payload)).getWorksheet('MoU dan PKS')!;
      const header = headerOf(sheet);
      expect(header.slice(0, 5)).toEqual(['Jenis', 'Kode', 'Provinsi', 'Judul', 'Status']);
      expect(sheet.getRow(2).getCell(header.indexOf('Ditandatangani') + 1).value).toEqual(new Date(Date.UTC(2020, 0, 15)));
      expect(sheet.getRow(2).getCell(header.indexOf('Berlaku sampai') + 1).type).toBe(ExcelJS.ValueType.Date);
    });
  });

  it('exports the audit timeline page after page for auditors', async () => {
    const expected = await allPages('/v1/audit/entities/64.09/events?limit=2', auditor, 'events', 'after', 'nextAfter');
    expect(expected.length).toBeGreaterThan(4);
    const timeline = await download('/v1/audit/entities/64.09/events?limit=2', CSV, auditor);
    expect(timeline.headers['content-disposition']).toBe('attachment; filename="jejak-audit-64.09-2026-12-15.csv"');
    const rows = csvRows(timeline.text);
    expect(rows.map((r) => [r.Posisi, r.Peristiwa])).toEqual(expected.map((e) => [e.position, e.type]));
    expect((await download('/v1/audit/entities/64.09/events', CSV, kalselOfficer)).status).toBe(403);
  });

  it.each([
    ['/v1/follow-up/due-soon?withinDays=365', 'items', 'segera-jatuh-tempo'],
    ['/v1/follow-up/owed?entity=64.09', 'items', 'kewajiban-tindak-lanjut'],
    ['/v1/agreements/expiring?withinDays=3650', 'items', 'kesepakatan-segera-berakhir'],
    ['/v1/entities?province=64', 'items', 'penyelenggara'],
    ['/v1/entities/64.01/agreements', 'mous', 'kesepakatan-64.01'],
    ['/v1/recommendations?entity=64.09', 'items', 'rekomendasi'],
  ])('%s answers CSV and XLSX with one row per JSON item', async (url, items, file) => {
    const expected = (await json(fresh(url))).body[items] as Json[];
    expect(expected.length).toBeGreaterThan(0);
    const csv = await download(url, CSV);
    expect([url, csv.status]).toEqual([url, 200]);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="${file}-2026-12-15.csv"`);
    expect(csvRows(csv.text)).toHaveLength(expected.length);
    const sheet = (await workbook((await download(url, XLSX)).payload)).worksheets[0];
    expect(sheet.rowCount).toBe(expected.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  describe('content negotiation', () => {
    it('answers 406 problem+json listing the types when Accept allows none of them', async () => {
      const res = await download('/v1/compliance?year=2023', 'image/png');
      expect(res.status).toBe(406);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = JSON.parse(res.text);
      expect(problem.code).toBe('NotAcceptable');
      expect(problem.errors[0]).toMatchObject({ field: 'header.accept', allowed: ['application/json', CSV, XLSX] });
    });

    it.each([
      ['*/*', 'application/json'],
      ['application/json;q=0.5, text/csv;q=0.9', CSV],
      ['text/*', CSV],
      [`${XLSX};q=1, text/csv;q=0.5`, XLSX],
    ])('Accept %s → %s', async (accept, type) => {
      expect((await download('/v1/compliance?year=2023', accept)).headers['content-type']).toContain(type);
    });

    it('refuses a bad filter before any export starts, as JSON would', async () => {
      const res = await download('/v1/compliance?year=2023&zone=ungu', CSV);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).errors[0].field).toBe('query.zone');
    });
  });

  describe("a provider's report (GET /v1/entities/{code}/report)", () => {
    it('is a PDF by default', async () => {
      const res = await download('/v1/entities/64.09/report', 'application/pdf');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="rapor-64.09-2026-12-15.pdf"');
      expect(res.payload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.headers.vary).toContain('Accept');
      expect((await download('/v1/entities/64.09/report', '*/*')).headers['content-type']).toBe('application/pdf');
    });

    it('as XLSX holds the history, the open recommendations and the overdue items', async () => {
      const book = await workbook((await download('/v1/entities/64.09/report', XLSX)).payload);
      expect(book.worksheets.map((s) => s.name)).toEqual(['Riwayat kepatuhan', 'Rekomendasi terbuka', 'Tindak lanjut terlambat']);
      const [history, open, overdue] = book.worksheets;
      expect(headerOf(history)).toEqual(['Tahun', 'Nilai', 'Kategori', 'Zona', 'Opini', 'Selisih nilai', 'Tanggal publikasi']);
      expect([history.getRow(2).getCell(1).value, history.getRow(2).getCell(2).value, history.getRow(3).getCell(2).value]).toEqual([2022, 55.18, 86.58]);
      expect(history.getRow(3).getCell(3).value).toBe('B');
      expect(history.getRow(3).getCell(2).numFmt).toBe('0.00');
      expect(open.rowCount).toBe(4);
      expect(open.getRow(2).getCell(headerOf(open).indexOf('Jatuh tempo') + 1).type).toBe(ExcelJS.ValueType.Date);
      expect(overdue.rowCount).toBe(3);
      expect(overdue.getRow(2).getCell(headerOf(overdue).indexOf('Hari terlambat') + 1).value).toBe(15);
      for (const sheet of book.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });

    it('is read under the same scope as the provider: 403 outside, 404 unknown, 406 for other types', async () => {
      const outside = await download('/v1/entities/64.09/report', 'application/pdf', kalselOfficer);
      expect(outside.status).toBe(403);
      expect(JSON.parse(outside.text).code).toBe('OutsideScope');
      expect((await download('/v1/entities/63.71/report', XLSX, kalselOfficer)).status).toBe(200);
      const ppuLiaison = bearer(await api.token({ role: 'liaison', entity: '64.09' }));
      expect((await download('/v1/entities/64.09/report', XLSX, ppuLiaison)).status).toBe(200);
      expect((await download('/v1/entities/64.01/report', XLSX, ppuLiaison)).status).toBe(403);
      expect((await download('/v1/entities/64.99/report', 'application/pdf')).status).toBe(404);
      const refused = await download('/v1/entities/64.09/report', 'application/json');
      expect(refused.status).toBe(406);
      expect(JSON.parse(refused.text).errors[0].allowed).toEqual(['application/pdf', XLSX]);
    });
  });
});
