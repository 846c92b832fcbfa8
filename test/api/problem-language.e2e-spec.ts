import { connect, type AddressInfo } from 'node:net';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/**
 * Problems are written in the language the client's Accept-Language prefers (Indonesian or
 * English; English when it states none), whether the domain, the validation, the router or
 * something before the application refused the request. Codes, types and fields never change.
 */
describe('problems in the reader’s language (Accept-Language)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  const indonesian = { 'accept-language': 'id-ID,id;q=0.9,en-US;q=0.8' };
  const english = { 'accept-language': 'en-GB,en;q=0.9,id;q=0.5' };

  beforeAll(async () => {
    api = await startApi();
    admin = bearer(await api.token({ role: 'admin' }));
    const res = await api.app.inject({ method: 'POST', url: '/v1/entities', headers: admin, payload: { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' } });
    expect(res.statusCode).toBe(201);
  }, 30_000);
  afterAll(() => api.close());

  const send = async (request: { method: 'GET' | 'POST'; url: string; payload?: unknown; headers?: Record<string, string> }) => {
    const res = await api.app.inject({ ...request, payload: request.payload as string | object | undefined });
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    return { status: res.statusCode, body: res.json(), language: res.headers['content-language'], vary: res.headers.vary };
  };

  describe('a 404 for a record that does not exist', () => {
    const request = (headers: Record<string, string>) => send({ method: 'GET', url: '/v1/entities/64.99', headers: { ...admin, ...headers } });

    it('in Indonesian', async () => {
      const { status, body, language, vary } = await request(indonesian);
      expect([status, language]).toEqual([404, 'id']);
      expect(vary).toContain('Accept-Language');
      expect(body).toMatchObject({ code: 'EntityNotFound', type: 'urn:problem:entity-not-found', title: 'Penyelenggara tidak ditemukan', detail: 'Penyelenggara ini tidak terdaftar.' });
      expect(body.detailEn).toContain('64.99');
    });

    it('in English, and in English when the client says nothing', async () => {
      for (const headers of [english, {}]) {
        const { status, body, language } = await request(headers);
        expect([status, language]).toEqual([404, 'en']);
        expect(body).toMatchObject({ code: 'EntityNotFound', type: 'urn:problem:entity-not-found', title: 'Entity not found' });
        expect(body.detail).toContain('64.99');
        expect(body).not.toHaveProperty('detailEn');
      }
    });

    it('for a route that does not exist, in Indonesian', async () => {
      const { status, body } = await send({ method: 'GET', url: '/v1/tidak-ada', headers: indonesian });
      expect(status).toBe(404);
      expect(body).toMatchObject({ code: 'NotFound', title: 'Tidak ditemukan', detail: 'Alamat ini tidak ada di API.' });
    });
  });

  describe('a 422 domain refusal', () => {
    const payload = { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', timezone: 'WIB' };
    const request = (headers: Record<string, string>) => send({ method: 'POST', url: '/v1/entities', payload, headers: { ...admin, ...headers } });

    it('in Indonesian, naming the field and keeping what is allowed', async () => {
      const { status, body, language } = await request(indonesian);
      expect([status, language]).toEqual([422, 'id']);
      expect(body).toMatchObject({ code: 'TimezoneContradictsRegion', title: 'Zona waktu bertentangan dengan wilayah' });
      expect(body.detail).toBe('Zona waktu yang dikirim tidak sesuai dengan wilayah kode ini; jangan kirim timezone atau kirim yang sesuai. Kolom: timezone.');
      expect(body.detailEn).toContain('WITA');
      const english = await request({});
      expect(body.errors).toEqual(english.body.errors.map((e: { message: string }) => ({ ...e, message: expect.any(String) })));
    });

    it('in English', async () => {
      const { status, body, language } = await request(english);
      expect([status, language]).toEqual([422, 'en']);
      expect(body).toMatchObject({ code: 'TimezoneContradictsRegion', title: 'Timezone contradicts region' });
      expect(body.detail).toContain('lies in WITA, not WIB');
    });
  });

  describe('a 400 validation error', () => {
    const request = (headers: Record<string, string>) =>
      send({ method: 'POST', url: '/v1/entities', payload: { code: 64, name: 'X', kind: 'provinsi', extra: true }, headers: { ...admin, ...headers } });

    it('in Indonesian, field messages included', async () => {
      const { status, body, language } = await request(indonesian);
      expect([status, language]).toEqual([400, 'id']);
      expect(body).toMatchObject({ code: 'ValidationFailed', type: 'urn:problem:validation', title: 'Validasi permintaan gagal' });
      expect(body.detail).toMatch(/^Kolom tidak valid: .*code/);
      expect(body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'extra', message: 'properti extra tidak boleh ada', allowed: expect.arrayContaining(['code', 'name']) }),
          expect.objectContaining({ field: 'code', message: 'code harus berupa teks' }),
        ]),
      );
    });

    it('in English', async () => {
      const { status, body, language } = await request(english);
      expect([status, language]).toEqual([400, 'en']);
      expect(body).toMatchObject({ code: 'ValidationFailed', title: 'Request validation failed' });
      expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'extra', message: 'property extra should not exist' })]));
    });
  });

  describe('refusals before the application', () => {
    it('malformed JSON, in Indonesian', async () => {
      const { status, body, language } = await send({
        method: 'POST',
        url: '/v1/entities',
        payload: '{"code": ',
        headers: { ...admin, ...indonesian, 'content-type': 'application/json' },
      });
      expect([status, language]).toEqual([400, 'id']);
      expect(body).toMatchObject({ code: 'MalformedJson', title: 'JSON tidak valid', detail: 'Isi permintaan bukan JSON yang valid. Kolom: body.' });
      expect(body.detailEn).toMatch(/^The body is not valid JSON/);
    });

    it('a body declared too large, in Indonesian, with the limit', async () => {
      const { status, body } = await send({
        method: 'POST',
        url: '/v1/entities',
        payload: '{}',
        headers: { ...admin, ...indonesian, 'content-type': 'application/json', 'content-length': '999999999' },
      });
      expect(status).toBe(413);
      expect(body).toMatchObject({ code: 'ContentTooLarge', title: 'Isi permintaan terlalu besar' });
      expect(body.detail).toMatch(/^Isi permintaan melebihi batas \(paling banyak \d+ bita\)\.$/);
    });

    it('a request Node’s HTTP parser refuses, in Indonesian', async () => {
      await api.app.listen(0, '127.0.0.1');
      const port = (api.app.getHttpServer().address() as AddressInfo).port;
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        socket.on('error', () => (chunks.length > 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error('no answer'))));
        socket.write('GET /v1/entities HTTP/1.1\r\nHost: a\r\nAccept-Language: id\r\nBad Header Line\r\n\r\n');
      });
      const [head, body] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head).toContain('Content-Language: id');
      expect(JSON.parse(body)).toMatchObject({ code: 'MalformedRequest', title: 'Permintaan tidak valid', detail: 'Permintaan ini bukan HTTP/1.1 yang benar.' });
    });
  });
});
