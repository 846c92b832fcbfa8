import { createHash } from 'node:crypto';
import { REQUEST_LIMITS } from '@app/platform/http';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/** Uploads run under their own limit (EVIDENCE_MAX_FILE_BYTES, default 50 MiB), not the JSON body limit. */
describe('a scanned decree larger than any JSON body', () => {
  let api: ApiHarness;
  let liaison: Record<string, string>;

  beforeAll(async () => {
    delete process.env.EVIDENCE_MAX_FILE_BYTES;
    api = await startApi({ now: new Date('2025-03-03T02:00:00Z') });
    const admin = bearer(await api.token({ role: 'admin' }));
    liaison = bearer(await api.token({ role: 'liaison', entity: '64.09', sub: 'organisasi-ppu' }));
    for (const payload of [
      { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' },
      { code: '64.09', name: 'Kabupaten Penajam Paser Utara', kind: 'kabupaten', timezone: 'WITA' },
    ]) expect((await api.app.inject({ method: 'POST', url: '/v1/entities', payload, headers: admin })).statusCode).toBe(201);
  }, 60_000);
  afterAll(() => api.close());

  it('is uploaded whole and downloads with the same digest', async () => {
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(REQUEST_LIMITS.bodyLimit + 1024 * 1024, 0x20)]);
    const boundary = 'large-upload';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="entityCode"\r\n\r\n64.09\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sk-hasil-pindai.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await api.app.inject({ method: 'POST', url: '/v1/evidence', payload, headers: { ...liaison, 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.statusCode).toBe(201);
    const sha256 = createHash('sha256').update(content).digest('hex');
    expect(res.json()).toMatchObject({ size: content.length, sha256, mediaType: 'application/pdf' });
    const got = await api.app.inject({ method: 'GET', url: `/v1/evidence/${res.json().documentId}`, headers: liaison });
    expect(got.statusCode).toBe(200);
    expect(createHash('sha256').update(got.rawPayload).digest('hex')).toBe(sha256);
  }, 60_000);
});
