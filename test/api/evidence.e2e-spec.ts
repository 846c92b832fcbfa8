import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';

/** A multipart/form-data body: fields and files in the order given. */
type Part = { name: string; value: string } | { name: string; filename: string; type?: string; content: Buffer };
const BOUNDARY = '----evidence-test-boundary';
function form(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const chunks = parts.flatMap((part) => {
    const head =
      'value' in part
        ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`
        : `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`;
    return [Buffer.from(head), 'value' in part ? Buffer.from(part.value) : part.content, Buffer.from('\r\n')];
  });
  const payload = Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);
/** The limit the API is started with (EVIDENCE_MAX_FILE_BYTES), so the boundary can be tested quickly. */
const LIMIT = 1024 * 1024;

describe('evidence as files over HTTP: upload, download, cite', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let officer: Record<string, string>;
  let foreignOfficer: Record<string, string>;
  let auditor: Record<string, string>;
  let liaison: Record<string, string>;
  let foreignLiaison: Record<string, string>;
  const savedLimit = process.env.EVIDENCE_MAX_FILE_BYTES;

  beforeAll(async () => {
    process.env.EVIDENCE_MAX_FILE_BYTES = String(LIMIT);
    api = await startApi({ now: new Date('2025-03-03T02:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    officer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'asisten-kaltim' }));
    foreignOfficer = bearer(await api.token({ role: 'officer', provinces: ['63'], sub: 'asisten-kalsel' }));
    auditor = bearer(await api.token({ role: 'auditor', sub: 'auditor-1' }));
    liaison = bearer(await api.token({ role: 'liaison', entity: '64.09', sub: 'organisasi-ppu' }));
    foreignLiaison = bearer(await api.token({ role: 'liaison', entity: '64.01', sub: 'organisasi-paser' }));
    for (const body of [
      { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' },
      { code: '64.09', name: 'Kabupaten Penajam Paser Utara', kind: 'kabupaten', timezone: 'WITA' },
      { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', timezone: 'WITA' },
    ]) expect((await api.app.inject({ method: 'POST', url: '/v1/entities', payload: body, headers: admin })).statusCode).toBe(201);
    expect((await api.app.inject({ method: 'POST', url: '/v1/entities/64.09/units', payload: { unitId: 'dpmptsp', name: 'DPMPTSP' }, headers: admin })).statusCode).toBeLessThan(300);
    // Starting the whole API (its own Redis included) takes longer than a test on a busy machine.
  }, 60_000);
  afterAll(async () => {
    await api.close();
    if (savedLimit === undefined) delete process.env.EVIDENCE_MAX_FILE_BYTES;
    else process.env.EVIDENCE_MAX_FILE_BYTES = savedLimit;
  });

  /** Every file in the evidence store's directory, the uploads being received included. */
  const storedFiles = (dir = join(api.dataDir, 'evidence')): string[] =>
    !existsSync(dir) ? [] : readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? storedFiles(join(dir, e.name)) : [join(dir, e.name)]));

  const upload = async (parts: Part[], headers: Record<string, string> = liaison) => {
    const body = form(parts);
    return api.app.inject({ method: 'POST', url: '/v1/evidence', payload: body.payload, headers: { ...headers, ...body.headers } });
  };
  const uploadFile = (content: Buffer, filename = 'sk-bupati.pdf', type = 'application/pdf', entityCode = '64.09', headers = liaison) =>
    upload([{ name: 'entityCode', value: entityCode }, { name: 'file', filename, type, content }], headers);
  const download = (documentId: string, headers: Record<string, string>) => api.app.inject({ method: 'GET', url: `/v1/evidence/${documentId}`, headers });

  it('stores an uploaded PDF and serves the same bytes with their type, name and digest', async () => {
    const content = pdf('Keputusan Bupati Penajam Paser Utara tentang standar pelayanan');
    const res = await uploadFile(content, 'SK Bupati – standar pelayanan.pdf');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ sha256: sha256(content), name: 'SK Bupati – standar pelayanan.pdf', mediaType: 'application/pdf', size: content.length, entityCode: '64.09' });
    expect(res.headers.location).toBe(`/v1/evidence/${body.documentId}`);

    for (const reader of [liaison, officer, auditor, admin]) {
      const got = await download(body.documentId, reader);
      expect(got.statusCode).toBe(200);
      expect(got.rawPayload.equals(content)).toBe(true);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-length']).toBe(String(content.length));
      expect(got.headers['content-disposition']).toBe(`attachment; filename="SK Bupati ? standar pelayanan.pdf"; filename*=UTF-8''SK%20Bupati%20%E2%80%93%20standar%20pelayanan.pdf`);
      expect(got.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(content).digest('base64')}:`);
    }
  });

  it('refuses the download to an officer of another province and a liaison of another provider, and says nothing of unknown ids', async () => {
    const { documentId } = (await uploadFile(pdf('rahasia'))).json();
    for (const stranger of [foreignOfficer, foreignLiaison]) {
      expect((await download(documentId, stranger)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await download(unknown, foreignLiaison)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await download(unknown, admin)).json()).toMatchObject({ status: 404, code: 'DocumentNotFound' });
  });

  it('refuses uploads from those who may not add to the provider, before reading the file', async () => {
    expect((await uploadFile(pdf('a'), 'a.pdf', 'application/pdf', '64.09', foreignLiaison)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await uploadFile(pdf('a'), 'a.pdf', 'application/pdf', '64.09', foreignOfficer)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await uploadFile(pdf('a'), 'a.pdf', 'application/pdf', '64.09', auditor)).statusCode).toBe(403);
    expect((await uploadFile(pdf('a'), 'a.pdf', 'application/pdf', '64.77', admin)).json()).toMatchObject({ status: 404, code: 'EntityNotFound' });
    // An officer covering the province may upload (a follow-up received by letter).
    expect((await uploadFile(pdf('surat'), 'surat.pdf', 'application/pdf', '64.09', officer)).statusCode).toBe(201);
  });

  it('refuses executables and a declared type the bytes contradict, storing nothing', async () => {
    const before = storedFiles();
    const exe = await uploadFile(Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00'), Buffer.alloc(8000, 1)]), 'laporan.pdf');
    expect(exe.json()).toMatchObject({ status: 422, code: 'ExecutableRefused', errors: [{ field: 'file' }] });
    const elf = await uploadFile(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'tool', 'application/octet-stream');
    expect(elf.json()).toMatchObject({ status: 422, code: 'ExecutableRefused' });
    const lying = await uploadFile(Buffer.from('Bukan PDF, hanya teks biasa'), 'sk.pdf', 'application/pdf');
    expect(lying.json()).toMatchObject({ status: 422, code: 'MediaTypeMismatch', errors: [{ field: 'file' }] });
    expect(lying.json().detail).toMatch(/declared application\/pdf but its bytes are UTF-8 text/);
    expect(storedFiles()).toEqual(before);
  });

  it(`accepts a file of exactly EVIDENCE_MAX_FILE_BYTES and refuses one byte more with 413, leaving no file`, async () => {
    const exactly = Buffer.concat([pdf('batas'), Buffer.alloc(LIMIT - pdf('batas').length, 0x20)]);
    expect((await uploadFile(exactly, 'batas.pdf')).statusCode).toBe(201);
    const before = storedFiles();
    const over = await uploadFile(Buffer.concat([exactly, Buffer.from(' ')]), 'lebih.pdf');
    expect(over.statusCode).toBe(413);
    expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(over.json()).toMatchObject({ code: 'DocumentTooLarge', errors: [{ field: 'file', allowed: LIMIT }] });
    expect(storedFiles()).toEqual(before);
  });

  it('leaves no file behind for an upload cut off half-way', async () => {
    const before = storedFiles();
    const whole = form([{ name: 'entityCode', value: '64.09' }, { name: 'file', filename: 'putus.pdf', type: 'application/pdf', content: Buffer.concat([pdf('putus'), Buffer.alloc(200_000, 0x20)]) }]);
    const cut = whole.payload.subarray(0, 100_000);
    const res = await api.app.inject({ method: 'POST', url: '/v1/evidence', payload: cut, headers: { ...liaison, ...whole.headers } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'MalformedMultipart' });
    expect(storedFiles()).toEqual(before);
  });

  it('refuses at once a body whose declared length no upload within the limit can have', async () => {
    const body = form([{ name: 'entityCode', value: '64.09' }, { name: 'file', filename: 'a.pdf', type: 'application/pdf', content: pdf('a') }]);
    const res = await api.app.inject({ method: 'POST', url: '/v1/evidence', payload: body.payload, headers: { ...liaison, ...body.headers, 'content-length': String(2 * LIMIT) } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'DocumentTooLarge', errors: [{ field: 'file' }] });
  });

  it('answers a malformed upload with a problem naming what is wrong', async () => {
    const fileFirst = await upload([{ name: 'file', filename: 'a.pdf', type: 'application/pdf', content: pdf('a') }, { name: 'entityCode', value: '64.09' }]);
    expect(fileFirst.json()).toMatchObject({ status: 400, errors: [{ field: 'entityCode' }] });
    expect((await upload([{ name: 'entityCode', value: '64.09' }])).json()).toMatchObject({ status: 400, errors: [{ field: 'file' }] });
    const twoFiles = await upload([{ name: 'entityCode', value: '64.09' }, { name: 'file', filename: 'a.pdf', type: 'application/pdf', content: pdf('a') }, { name: 'file', filename: 'b.pdf', type: 'application/pdf', content: pdf('b') }]);
    expect(twoFiles.json()).toMatchObject({ status: 400, errors: [{ field: 'file' }] });
    const json = await api.app.inject({ method: 'POST', url: '/v1/evidence', payload: { entityCode: '64.09' }, headers: liaison });
    expect(json.json()).toMatchObject({ status: 415, errors: [{ field: 'header.Content-Type', allowed: ['multipart/form-data'] }] });
    const empty = await api.app.inject({ method: 'POST', url: '/v1/evidence', headers: liaison });
    expect(empty.json()).toMatchObject({ status: 415, errors: [{ field: 'header.Content-Type', allowed: ['multipart/form-data'] }] });
    const elsewhere = form([{ name: 'summary', value: 'x' }]);
    const multipartElsewhere = await api.app.inject({ method: 'POST', url: '/v1/recommendations/r-1/follow-ups', payload: elsewhere.payload, headers: { ...liaison, ...elsewhere.headers } });
    expect(multipartElsewhere.json()).toMatchObject({ status: 415, code: 'UnsupportedMediaType' });
  });

  it('repeats an upload with the same Idempotency-Key once, and refuses the key for other bytes', async () => {
    const key = { ...liaison, 'idempotency-key': 'upload-once' };
    const first = (await uploadFile(pdf('sekali'), 'sekali.pdf', 'application/pdf', '64.09', key)).json();
    const again = (await uploadFile(pdf('sekali'), 'sekali.pdf', 'application/pdf', '64.09', key)).json();
    expect(again).toMatchObject({ documentId: first.documentId, replayed: true });
    expect((await uploadFile(pdf('lain'), 'sekali.pdf', 'application/pdf', '64.09', key)).json()).toMatchObject({ status: 422, code: 'IdempotencyKeyReused' });
  });

  describe('cited by a follow-up', () => {
    let recommendationId: string;
    beforeAll(async () => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        headers: officer,
        payload: { entityCode: '64.09', unitId: 'dpmptsp', kind: 'tindakan_korektif', source: { type: 'lahp', ref: 'LAHP-0012/ORI-KALTIM/II/2025' }, title: 'Lengkapi standar pelayanan', issuedOn: '2025-03-03' },
      });
      expect(res.statusCode).toBe(201);
      recommendationId = res.json().id;
    });
    const submit = (documents: object[], headers = liaison) =>
      api.app.inject({ method: 'POST', url: `/v1/recommendations/${recommendationId}/follow-ups`, payload: { summary: 'Standar pelayanan ditetapkan', documents }, headers });

    it('records an uploaded document by its documentId, shows it on the recommendation, and serves it', async () => {
      const content = pdf('SK standar pelayanan DPMPTSP');
      const uploaded = (await uploadFile(content, 'sk-standar.pdf')).json();
      expect((await submit([{ documentId: uploaded.documentId }])).statusCode).toBe(201);
      const rec = (await api.app.inject({ method: 'GET', url: `/v1/recommendations/${recommendationId}`, headers: officer })).json();
      expect(rec.followUps[0].evidence).toEqual([
        expect.objectContaining({ documentId: uploaded.documentId, name: 'sk-standar.pdf', mediaType: 'application/pdf', size: content.length, sha256: sha256(content) }),
      ]);
      expect((await download(uploaded.documentId, officer)).rawPayload.equals(content)).toBe(true);
    });

    it('serves a document sent inline with a follow-up too, to readers of the provider only', async () => {
      const content = pdf('Berita acara rapat koordinasi');
      const res = await submit([{ name: 'berita-acara.pdf', mediaType: 'application/pdf', contentBase64: content.toString('base64') }]);
      expect(res.statusCode).toBe(201);
      const rec = (await api.app.inject({ method: 'GET', url: `/v1/recommendations/${recommendationId}`, headers: officer })).json();
      const cited = rec.followUps.flatMap((f: { evidence: Array<{ documentId: string; name: string }> }) => f.evidence).find((d: { name: string }) => d.name === 'berita-acara.pdf');
      // Inline documents are found through the cited-documents read model, which follows the log.
      await waitUntil(async () => (await download(cited.documentId, officer)).statusCode === 200, 'the inline document to be indexed');
      const got = await download(cited.documentId, liaison);
      expect(got.rawPayload.equals(content)).toBe(true);
      expect(got.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(content).digest('base64')}:`);
      expect((await download(cited.documentId, foreignLiaison)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    });

    it("refuses another provider's document, naming documents.<i>.documentId", async () => {
      const foreign = (await uploadFile(pdf('milik Paser'), 'paser.pdf', 'application/pdf', '64.01', foreignLiaison)).json();
      const res = await submit([{ name: 'a.pdf', mediaType: 'application/pdf', contentBase64: pdf('a').toString('base64') }, { documentId: foreign.documentId }]);
      expect(res.json()).toMatchObject({ status: 422, code: 'UnknownDocument', errors: [{ field: 'documents.1.documentId' }] });
    });
  });
});
