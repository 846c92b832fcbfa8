import ExcelJS from 'exceljs';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { allEvents, csv, finished, multipart, upload, xlsx } from './support/import-files';

/**
 * POST /v1/imports/{kind}: spreadsheets in, each row as the single command a request would send.
 * Small limits (set before the app starts) keep the limit tests small.
 */
describe('imports (POST /v1/imports/{kind})', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let kaltimOfficer: Record<string, string>;

  beforeAll(async () => {
    process.env.IMPORT_MAX_ROWS = '50';
    process.env.IMPORT_MAX_FILE_BYTES = '200000';
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    delete process.env.IMPORT_MAX_ROWS;
    delete process.env.IMPORT_MAX_FILE_BYTES;
    admin = bearer(await api.token({ role: 'admin', sub: 'admin-importer' }));
    kaltimOfficer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'kaltim-officer' }));
    for (const [code, name, kind] of [
      ['63', 'Provinsi Kalimantan Selatan', 'provinsi'],
      ['63.01', 'Kabupaten Tanah Laut', 'kabupaten'],
      ['64', 'Provinsi Kalimantan Timur', 'provinsi'],
      ['64.01', 'Kabupaten Paser', 'kabupaten'],
    ]) {
      await post('/v1/entities', { code, name, kind });
    }
    for (const [unitId, name] of [['dpmptsp', 'DPMPTSP'], ['puskesmas-senaken', 'Puskesmas Senaken']]) await post('/v1/entities/64.01/units', { unitId, name });
  }, 60_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
  }
  /** Events written by people (the deadline workers record overdue marks of late recommendations on their own). */
  const peopleEvents = async () => (await allEvents(api.store)).filter((e) => e.metadata.actor.role !== 'system');
  const eventCount = async () => (await peopleEvents()).length;

  describe('a good file', () => {
    it('writes every row as its command, with the importer as actor and one correlation id; the same file again writes nothing', async () => {
      const file = csv([
        ['kode', 'nama', 'jenis'],
        ['65', 'Provinsi Kalimantan Utara', 'provinsi'],
        ['65.04', 'Kabupaten Tana Tidung', 'kabupaten'],
        ['K-KEMENKES', 'Kementerian Kesehatan', 'kementerian'],
      ]);
      const before = await eventCount();
      const accepted = await upload(api, admin, '/v1/imports/entities', file, 'pemda.csv');
      expect(accepted.status).toBe(202);
      expect(accepted.body).toMatchObject({ statusUrl: `/v1/imports/${accepted.body.importId}`, rowsTotal: 3, toWrite: 3, alreadyImported: 0 });
      expect(accepted.headers.location).toBe(accepted.body.statusUrl);
      const done = await finished(api, admin, accepted.body.statusUrl);
      expect(done).toMatchObject({ status: 'done', rowsDone: 3, rowsTotal: 3, written: 3, replayed: 0, errors: [] });
      const events = (await peopleEvents()).slice(before);
      expect(events.map((e) => [e.type, e.stream])).toEqual([
        ['EntityRegistered', 'entity-65'],
        ['EntityRegistered', 'entity-65.04'],
        ['EntityRegistered', 'entity-K-KEMENKES'],
      ]);
      expect(new Set(events.map((e) => e.metadata.correlationId))).toEqual(new Set([accepted.body.importId]));
      expect(new Set(events.map((e) => e.metadata.actor.id))).toEqual(new Set(['admin-importer']));
      expect(done.positions).toEqual(events.map((e) => e.position.toString()));
      expect(done.lastPosition).toBe(events[2].position.toString());
      // The time zone follows from the code, as for a single registration.
      expect((await api.app.inject({ method: 'GET', url: '/v1/entities/65.04', headers: admin })).json()).toMatchObject({ timezone: 'WITA', kind: 'kabupaten' });

      const again = await upload(api, admin, '/v1/imports/entities', file, 'pemda.csv');
      expect(again.body).toMatchObject({ rowsTotal: 3, toWrite: 0, alreadyImported: 3 });
      expect(await finished(api, admin, again.body.statusUrl)).toMatchObject({ status: 'done', rowsDone: 3, written: 0, replayed: 3 });
      expect(await eventCount()).toBe(before + 3);
    });

    it('reads XLSX with English headers, units on a second sheet, and ignores the notes sheet', async () => {
      const file = await xlsx({
        providers: [
          ['Code', 'Name', 'KIND'],
          ['71', 'Provinsi Sulawesi Utara', 'provinsi'],
          [null, null, null],
          ['71.01', 'Kabupaten Bolaang Mongondow', 'Kabupaten'],
        ],
        units: [
          ['code', 'Unit ID', 'name'],
          ['71.01', 'dinkes', 'Dinas Kesehatan'],
        ],
        Petunjuk: [['Kolom', 'Keterangan'], ['kode', 'anything here is ignored']],
      });
      const accepted = await upload(api, admin, '/v1/imports/entities', file, 'registry.xlsx');
      expect(accepted.status).toBe(202);
      expect(await finished(api, admin, accepted.body.statusUrl)).toMatchObject({ status: 'done', rowsDone: 3, written: 3 });
      const entity = (await api.app.inject({ method: 'GET', url: '/v1/entities/71.01', headers: admin })).json();
      expect(entity).toMatchObject({ timezone: 'WITA', units: [expect.objectContaining({ unitId: 'dinkes', name: 'Dinas Kesehatan' })] });
    });

    it('reads units as a file of their own (kode, unit, nama), as POST /v1/entities/{code}/units', async () => {
      const file = csv([['kode', 'unit', 'nama'], ['64.01', 'dinsos', 'Dinas Sosial'], ['64.01', 'puskesmas-kuaro', 'Puskesmas Kuaro']]);
      const accepted = await upload(api, kaltimOfficer, '/v1/imports/units', file, 'unit.csv');
      expect(accepted.status).toBe(202);
      expect(await finished(api, kaltimOfficer, accepted.body.statusUrl)).toMatchObject({ status: 'done', written: 2 });
      const units = (await api.app.inject({ method: 'GET', url: '/v1/entities/64.01', headers: admin })).json().units.map((u: { unitId: string }) => u.unitId);
      expect(units).toEqual(expect.arrayContaining(['dinsos', 'puskesmas-kuaro']));
    });

    it('records assessments from XLSX date cells and loci, graded by the methodology as a single request is', async () => {
      const file = await xlsx({
        penilaian: [
          ['kode', 'tahun', 'nilai', 'tanggal_publikasi', 'lokus'],
          ['64.01', 2024, 87.27, new Date(Date.UTC(2024, 11, 10)), 'dpmptsp=80.5; puskesmas-senaken=77,25'],
        ],
      });
      const accepted = await upload(api, admin, '/v1/imports/assessments', file, 'hasil-2024.xlsx');
      expect(accepted.status).toBe(202);
      expect(await finished(api, admin, accepted.body.statusUrl)).toMatchObject({ status: 'done', written: 1 });
      const assessment = (await api.app.inject({ method: 'GET', url: '/v1/assessments/64.01-2024', headers: admin })).json();
      expect(assessment).toMatchObject({ score: 87.27, category: 'B', zone: 'hijau', publishedOn: '2024-12-10' });
      expect(assessment.loci).toEqual([expect.objectContaining({ unitId: 'dpmptsp', score: 80.5 }), expect.objectContaining({ unitId: 'puskesmas-senaken', score: 77.25 })]);
    });
  });

  describe('recommendations', () => {
    const header = ['code', 'unit', 'kind', 'source', 'source_ref', 'title', 'issued_on', 'due_on'];
    it('names a row whose unit the provider does not have, then writes report-card items as IssueRecommendation with one correlation id', async () => {
      const bad = csv([header, ['64.01', 'disdukcapil', 'saran_perbaikan', 'supervision', 'LHP-7/2024', 'Perbaiki alur antrean', '2024-03-01', '']]);
      const refused = await upload(api, admin, '/v1/imports/recommendations?dryRun=true', bad, 'rapor.csv');
      expect(refused.body).toMatchObject({ rowsTotal: 1, rowsInvalid: 1, rows: [{ row: 2, column: 'unit', status: 422 }] });
      // The report reads in the officer's language, as the API's problems do; the machine fields do not change.
      const badKind = csv([header, ['64.01', 'dpmptsp', 'teguran', 'supervision', 'LHP-7/2024', 'Perbaiki alur antrean', '2024-03-01', '']]);
      const english = await upload(api, admin, '/v1/imports/recommendations?dryRun=true', badKind, 'rapor.csv');
      const indonesian = await upload(api, admin, '/v1/imports/recommendations?dryRun=true', badKind, 'rapor.csv', { 'accept-language': 'id-ID,id;q=0.9' });
      expect(english.body.rows[0].message).toMatch(/must be one of the following values/);
      expect(indonesian.body.rows[0]).toMatchObject({ column: english.body.rows[0].column, code: english.body.rows[0].code, allowed: english.body.rows[0].allowed });
      expect(indonesian.body.rows[0].message).toMatch(/harus salah satu dari/);

      const before = await eventCount();
      const good = csv([
        header,
        ['64.01', 'dpmptsp', 'Saran Perbaikan', 'supervision', 'LHP-7/2024', 'Publish the complete service standard at the counter', '2024-03-01', '2024-04-30'],
        ['64.01', '', 'tindakan_korektif', 'lahp', 'LAHP-12/2024', 'Refund the unlawful levy', '2024-05-02', ''],
      ]);
      const accepted = await upload(api, admin, '/v1/imports/recommendations', good, 'rapor.csv', { 'x-correlation-id': 'rapor-2024-kaltim' });
      expect(accepted.status).toBe(202);
      expect(await finished(api, admin, accepted.body.statusUrl)).toMatchObject({ status: 'done', rowsDone: 2, written: 2, correlationId: 'rapor-2024-kaltim' });
      const events = (await peopleEvents()).slice(before).filter((e) => e.type === 'RecommendationIssued');
      expect(events.map((e) => [e.data.entityCode, e.data.unitId ?? null, e.data.kind])).toEqual([
        ['64.01', 'dpmptsp', 'saran_perbaikan'],
        ['64.01', null, 'tindakan_korektif'],
      ]);
      expect(new Set(events.map((e) => e.metadata.correlationId))).toEqual(new Set(['rapor-2024-kaltim']));
      // The deadline workers may record an overdue mark meanwhile (these items are late records): count the import's own events.
      const issued = async () => (await allEvents(api.store)).filter((e) => e.type === 'RecommendationIssued').length;
      const issuedBefore = await issued();
      const again = await upload(api, admin, '/v1/imports/recommendations', good, 'rapor.csv');
      expect(await finished(api, admin, again.body.statusUrl)).toMatchObject({ status: 'done', written: 0, replayed: 2 });
      expect(await issued()).toBe(issuedBefore);
      expect((await allEvents(api.store)).filter((e) => e.metadata.correlationId === again.body.importId)).toEqual([]);
    });
  });

  describe('bad rows', () => {
    // Semicolons and decimal commas, as spreadsheets in Indonesian locales write CSV.
    const results = csv(
      [
        ['Kode', 'Tahun', 'Nilai', 'Tanggal Publikasi'],
        ['64.01', '2023', '81,22', '2023-12-10'],
        ['64.99', '2023', '70', '2023-12-10'],
        ['64.01', '2022', '120', '2022-12-10'],
        ['64.01', '2021', 'tinggi', '2021-12-10'],
        ['64.01', '2023', '85', '2023-02-30'],
      ],
      ';',
    );

    it('a dry run reports every bad row with its row number, column and what is allowed, and writes nothing', async () => {
      const before = await eventCount();
      const res = await upload(api, admin, '/v1/imports/assessments?dryRun=true', results, 'hasil.csv');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ dryRun: true, rowsTotal: 5, rowsInvalid: 4, toWrite: 1, alreadyImported: 0 });
      const where = res.body.rows.map((p: { row: number; column: string; status: number }) => [p.row, p.column, p.status]);
      expect(where).toEqual([
        [3, 'Kode', 404],
        [4, 'Nilai', 422],
        [5, 'Nilai', 400],
        [6, 'Tanggal Publikasi', 400],
      ]);
      for (const problem of res.body.rows) expect(problem.message).toEqual(expect.any(String));
      expect(res.body.rows[2]).toMatchObject({ allowed: expect.anything() });
      expect(await eventCount()).toBe(before);
    });

    it('without dryRun refuses the whole file (422 with the same rows) and writes nothing, not even its good row', async () => {
      const before = await eventCount();
      const res = await upload(api, admin, '/v1/imports/assessments', results, 'hasil.csv');
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'ImportRowsInvalid', rowsInvalid: 4, errors: [{ field: 'file' }] });
      expect(res.body.rows.map((p: { row: number }) => p.row)).toEqual([3, 4, 5, 6]);
      expect(await eventCount()).toBe(before);
      expect((await api.app.inject({ method: 'GET', url: '/v1/assessments/64.01-2023', headers: admin })).statusCode).toBe(404);
    });

    it("names each row outside an officer's provinces (403), and lets the officer import the rest after fixing the file", async () => {
      const rows = [
        ['kode', 'tahun', 'nilai', 'tanggal_publikasi'],
        ['64.01', '2022', '55.18', '10/12/2022'], // day first, as Indonesian spreadsheets write dates
        ['63.01', '2022', '60', '2022-12-10'],
      ];
      const res = await upload(api, kaltimOfficer, '/v1/imports/assessments', csv(rows), 'hasil.csv');
      expect(res.status).toBe(422);
      expect(res.body.rows).toEqual([expect.objectContaining({ row: 3, column: 'kode', status: 403, code: 'OutsideScope' })]);
      // The same holds for the registry: a province outside the officer's scope is named, the rest is fine.
      const registry = csv([['kode', 'nama', 'jenis'], ['64.02', 'Kabupaten Kutai Kartanegara', 'kabupaten'], ['72', 'Provinsi Sulawesi Tengah', 'provinsi']]);
      const registryReport = await upload(api, kaltimOfficer, '/v1/imports/entities?dryRun=true', registry, 'pemda.csv');
      expect(registryReport.body).toMatchObject({ rowsInvalid: 1, toWrite: 1, rows: [expect.objectContaining({ row: 3, column: 'kode', status: 403 })] });
      const fixed = await upload(api, kaltimOfficer, '/v1/imports/assessments', csv(rows.slice(0, 2)), 'hasil.csv');
      expect(fixed.status).toBe(202);
      expect(await finished(api, kaltimOfficer, fixed.body.statusUrl)).toMatchObject({ status: 'done', written: 1 });
      expect((await api.app.inject({ method: 'GET', url: '/v1/assessments/64.01-2022', headers: admin })).json()).toMatchObject({ score: 55.18, publishedOn: '2022-12-10' });
      // Another officer's import is not theirs to see.
      expect((await api.app.inject({ method: 'GET', url: fixed.body.statusUrl, headers: bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'other' })) })).statusCode).toBe(404);
    });
  });

  describe('a file that cannot be read as the table', () => {
    const refusals: Array<[string, () => Promise<Buffer> | Buffer, RegExp]> = [
      ['an empty file', () => Buffer.alloc(0), /empty/],
      ['a header without rows', () => csv([['kode', 'nama', 'jenis']]), /no rows/],
      ['a duplicate header', () => csv([['kode', 'nama', 'jenis', 'code'], ['66', 'x', 'provinsi', '66']]), /repeats/],
      ['an unknown header', () => csv([['kode', 'nama', 'jenis', 'warna'], ['66', 'x', 'provinsi', 'merah']]), /unknown column "warna"/],
      ['a missing column', () => csv([['kode', 'nama'], ['66', 'x']]), /lacks the column "jenis"/],
      ['headers of another import', () => csv([['tahun', 'nilai'], ['2023', '80']]), /names none of the expected columns/],
      ['malformed CSV', () => Buffer.from('kode,nama,jenis\r\n"66,x,provinsi\r\n'), /not well-formed CSV/],
      ['text that is not UTF-8', () => Buffer.concat([Buffer.from('kode,nama,jenis\r\n66,'), Buffer.from([0xc3, 0x28]), Buffer.from(',provinsi\r\n')]), /not well-formed UTF-8/],
      ['a broken XLSX', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), /not a readable XLSX/],
      ['an old binary .xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), /\.xls/],
      ['more rows than allowed', () => csv([['kode', 'nama', 'jenis'], ...Array.from({ length: 51 }, (_, i) => [`K-X${i}`, `Lembaga ${i}`, 'lembaga'])]), /more than 50 rows/],
      ['more columns than allowed', () => csv([Array.from({ length: 31 }, (_, i) => `c${i}`), Array.from({ length: 31 }, () => 'x')]), /31 columns/],
    ];
    it.each(refusals)('%s → 422 naming file, nothing written', async (_name, content, message) => {
      const before = await eventCount();
      const res = await upload(api, admin, '/v1/imports/entities?dryRun=true', await content(), 'f.csv');
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'InvalidImportFile', errors: [{ field: 'file', message: expect.stringMatching(message), allowed: expect.anything() }] });
      expect(await eventCount()).toBe(before);
    });

    it('refuses a file over the size limit (413 naming file), an unknown kind (404), a bad dryRun (400), and a body that is not multipart (415)', async () => {
      const big = await upload(api, admin, '/v1/imports/entities', Buffer.alloc(200_001, 0x41), 'big.csv');
      expect(big).toMatchObject({ status: 413, body: { code: 'ImportFileTooLarge', errors: [{ field: 'file', allowed: 200000 }] } });
      const unknown = await upload(api, admin, '/v1/imports/pizza', csv([['a']]), 'f.csv');
      expect(unknown).toMatchObject({ status: 404, body: { errors: [{ field: 'path.kind', allowed: ['entities', 'units', 'assessments', 'recommendations', 'contacts'] }] } });
      const dry = await upload(api, admin, '/v1/imports/entities?dryRun=maybe', csv([['a']]), 'f.csv');
      expect(dry).toMatchObject({ status: 400, body: { errors: [{ field: 'query.dryRun' }] } });
      const garbled = await api.app.inject({ method: 'POST', url: '/v1/imports/entities', payload: 'not a form at all', headers: { ...admin, 'content-type': 'multipart/form-data; boundary=x' } });
      expect(garbled.statusCode).toBe(400);
      expect(garbled.json()).toMatchObject({ code: 'MalformedUpload', errors: [{ field: 'file' }] });
      const misnamed = multipart(csv([['kode', 'nama', 'jenis'], ['66', 'x', 'provinsi']]), 'f.csv', 'berkas');
      const wrongPart = await api.app.inject({ method: 'POST', url: '/v1/imports/entities', payload: misnamed.payload, headers: { ...admin, ...misnamed.headers } });
      expect(wrongPart.statusCode).toBe(422);
      expect(wrongPart.json().errors[0]).toMatchObject({ field: 'file', message: expect.stringContaining('"berkas"') });
      const json = await api.app.inject({ method: 'POST', url: '/v1/imports/entities', payload: { code: '66' }, headers: admin });
      expect(json.statusCode).toBe(415);
      expect(json.json().errors[0]).toMatchObject({ field: 'header.Content-Type', allowed: ['multipart/form-data'] });
    });

    it('leaves no uploaded file behind, whatever the answer', async () => {
      const { readdirSync, existsSync } = await import('node:fs');
      const dir = `${api.dataDir}/tmp/imports`;
      await upload(api, admin, '/v1/imports/entities?dryRun=true', csv([['kode', 'nama', 'jenis'], ['66', 'Provinsi Sulawesi Barat', 'provinsi']]), 'f.csv');
      await upload(api, admin, '/v1/imports/entities', Buffer.alloc(200_001, 0x41), 'big.csv');
      expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    });
  });

  it('documents the upload in OpenAPI: a multipart file, the report, the job, and every problem', async () => {
    const doc = (await api.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const upload = doc.paths['/v1/imports/{kind}'].post;
    expect(Object.keys(upload.responses).sort()).toEqual(['200', '202', '400', '401', '403', '404', '413', '415', '422', '503']);
    expect(upload.requestBody.content['multipart/form-data'].schema).toMatchObject({ required: ['file'], properties: { file: { format: 'binary' } } });
    expect(upload.parameters.find((p: { name: string }) => p.name === 'kind').schema.enum).toEqual(['entities', 'units', 'assessments', 'recommendations', 'contacts']);
    expect(Object.keys(doc.paths['/v1/imports/{importId}'].get.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404']));
  });

  describe('templates (GET /v1/imports/{kind}/template.xlsx)', () => {
    it.each([
      ['entities', [['penyedia', ['kode', 'nama', 'jenis', 'zona_waktu']], ['unit', ['kode', 'unit', 'nama', 'jenis']]]],
      ['assessments', [['penilaian', ['kode', 'tahun', 'nilai', 'tanggal_publikasi', 'lokus', 'tanpa_maladministrasi']]]],
      [
        'recommendations',
        [
          [
            'rekomendasi',
            ['kode', 'unit', 'jenis', 'sumber', 'rujukan', 'judul', 'tanggal_terbit', 'tenggat', 'tanggal_tindak_lanjut', 'ringkasan_tindak_lanjut', 'diterima_melalui', 'nomor_surat', 'dokumen', 'hasil_verifikasi', 'tanggal_verifikasi', 'catatan_verifikasi'],
          ],
        ],
      ],
    ] as const)('%s: the columns, an example row and a Petunjuk sheet; the template reads back as an import', async (kind, sheets) => {
      const res = await api.app.inject({ method: 'GET', url: `/v1/imports/${kind}/template.xlsx`, headers: admin });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([...sheets.map(([name]) => name), 'Petunjuk']);
      for (const [name, headers] of sheets) {
        const sheet = workbook.getWorksheet(name)!;
        expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
        expect(sheet.rowCount).toBe(2);
      }
      const notes = workbook.getWorksheet('Petunjuk')!;
      expect((notes.getRow(1).values as unknown[]).slice(1)).toEqual(['Lembar', 'Kolom', 'Kolom (English)', 'Wajib', 'Keterangan', 'Nilai yang diizinkan', 'Contoh']);
      const explained = notes.getColumn(2).values.slice(2).filter((v) => v !== undefined && v !== null);
      expect(explained).toEqual(expect.arrayContaining(sheets.flatMap(([, headers]) => [...headers])));
      // Sent back as it is, the template is read as the import it describes.
      const dry = await upload(api, admin, `/v1/imports/${kind}?dryRun=true`, res.rawPayload, `template-${kind}.xlsx`);
      expect(dry.status).toBe(200);
      expect(dry.body.rowsTotal).toBe(sheets.length);
    });

    it('the assessments example row is a valid row for a registered provider', async () => {
      const template = await api.app.inject({ method: 'GET', url: '/v1/imports/assessments/template.xlsx', headers: admin });
      const dry = await upload(api, admin, '/v1/imports/assessments?dryRun=true', template.rawPayload, 'template.xlsx');
      expect(dry.body).toMatchObject({ rowsTotal: 1, rowsInvalid: 0, toWrite: 1 });
    });
  });
});
