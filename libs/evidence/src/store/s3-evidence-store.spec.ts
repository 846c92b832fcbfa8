import { EvidenceNotFound, sha256Of } from './evidence-store.port';
import { S3EvidenceStore } from './s3-evidence-store';
import { FakeS3 } from './testing/fake-s3.server';

describe('S3EvidenceStore (against an in-process fake S3 on loopback)', () => {
  const s3 = new FakeS3();
  let store: S3EvidenceStore;
  const photo = Buffer.alloc(3 * 1024 * 1024, 7); // large enough for the SDK's Expect: 100-continue
  const meta = { name: 'papan-standar.jpg', mediaType: 'image/jpeg' };

  const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

  beforeAll(async () => {
    // The SDK's usual credential chain, as in production.
    process.env.AWS_ACCESS_KEY_ID = 'test';
    process.env.AWS_SECRET_ACCESS_KEY = 'test';
    const endpoint = await s3.start();
    store = S3EvidenceStore.fromSettings({ bucket: 'ombudsman-evidence', region: 'ap-southeast-3', endpoint, forcePathStyle: true });
  });
  afterAll(async () => {
    await s3.stop();
    for (const [name, value] of [['AWS_ACCESS_KEY_ID', saved.id], ['AWS_SECRET_ACCESS_KEY', saved.secret]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('puts the object under evidence/<prefix>/<sha256> with its media type and measured SHA-256', async () => {
    const sha256 = sha256Of(photo);
    const stored = await store.put(photo, meta);
    expect(stored).toEqual({ storageKey: `${sha256.slice(0, 2)}/${sha256}`, sha256, size: photo.length });
    const object = s3.objects.get(`/ombudsman-evidence/evidence/${stored.storageKey}`);
    expect(object?.body.equals(photo)).toBe(true);
    expect(object).toMatchObject({ contentType: 'image/jpeg', metadata: { sha256 } });
  });

  it('does not upload the same bytes twice', async () => {
    const before = s3.requests.filter((r) => r.method === 'PUT').length;
    await store.put(photo, { ...meta, name: 'copy.jpg' });
    expect(s3.requests.filter((r) => r.method === 'PUT').length).toBe(before);
  });

  it('gets the bytes back and answers exists; a missing key is EvidenceNotFound', async () => {
    const { storageKey } = await store.put(photo, meta);
    expect((await store.get(storageKey)).equals(photo)).toBe(true);
    expect(await store.exists(storageKey)).toBe(true);
    const missing = `00/00${'1'.repeat(62)}`;
    expect(await store.exists(missing)).toBe(false);
    await expect(store.get(missing)).rejects.toBeInstanceOf(EvidenceNotFound);
  });

  it('deletes an object, and a missing one without complaint', async () => {
    const bytes = Buffer.from('uncited draft');
    const { storageKey } = await store.put(bytes, meta);
    await store.delete(storageKey);
    expect(await store.exists(storageKey)).toBe(false);
    await expect(store.delete(storageKey)).resolves.toBeUndefined();
  });

  it('stages an upload on local disk and puts it in the bucket on commit; downloads stream it back', async () => {
    async function* chunks(): AsyncGenerator<Buffer> {
      yield photo.subarray(0, 1024);
      yield photo.subarray(1024);
    }
    const staged = await store.stage(chunks());
    expect(staged).toMatchObject({ sha256: sha256Of(photo), size: photo.length });
    const puts = s3.requests.filter((r) => r.method === 'PUT').length;
    // Already in the bucket (stored above): nothing is uploaded again.
    expect(await staged.commit({ mediaType: 'image/jpeg' })).toBe(false);
    expect(s3.requests.filter((r) => r.method === 'PUT').length).toBe(puts);
    await staged.discard();
    const fresh = Buffer.concat([photo, Buffer.from('x')]);
    const other = await store.stage((async function* () { yield fresh; })());
    expect(await other.commit({ mediaType: 'image/jpeg' })).toBe(true);
    await other.discard();
    expect(s3.objects.get(`/ombudsman-evidence/evidence/${other.storageKey}`)?.body.equals(fresh)).toBe(true);
    const got: Buffer[] = [];
    for await (const chunk of await store.open(other.storageKey)) got.push(chunk as Buffer);
    expect(Buffer.concat(got).equals(fresh)).toBe(true);
  });
});
