import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceCorrupted, EvidenceNotFound, sha256Of } from './evidence-store.port';
import { LocalEvidenceStore } from './local-evidence-store';

describe('LocalEvidenceStore', () => {
  let root: string;
  let store: LocalEvidenceStore;
  const pdf = Buffer.from('%PDF-1.7 SK Bupati Paser tentang standar pelayanan');
  const meta = { name: 'sk.pdf', mediaType: 'application/pdf' };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'evidence-'));
    store = new LocalEvidenceStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores bytes under <sha256 prefix>/<sha256> and reports size and SHA-256 measured from them', async () => {
    const sha256 = sha256Of(pdf);
    await expect(store.put(pdf, meta)).resolves.toEqual({ storageKey: `${sha256.slice(0, 2)}/${sha256}`, sha256, size: pdf.length });
    expect(await readFile(join(root, sha256.slice(0, 2), sha256))).toEqual(pdf);
  });

  it('stores a repeated document once (content-addressed), even concurrently', async () => {
    const [a, b] = await Promise.all([store.put(pdf, meta), store.put(pdf, { ...meta, name: 'again.pdf' })]);
    expect(a).toEqual(b);
    expect(await store.get(a.storageKey)).toEqual(pdf);
  });

  it('answers exists and get; missing keys are EvidenceNotFound', async () => {
    const { storageKey } = await store.put(pdf, meta);
    expect(await store.exists(storageKey)).toBe(true);
    const other = `ab/ab${'0'.repeat(62)}`;
    expect(await store.exists(other)).toBe(false);
    await expect(store.get(other)).rejects.toBeInstanceOf(EvidenceNotFound);
  });

  it('refuses keys it did not make, so nothing outside the directory is read', async () => {
    await expect(store.get('../../etc/passwd')).rejects.toBeInstanceOf(EvidenceNotFound);
    await expect(store.exists(`ab/cd${'0'.repeat(62)}`)).rejects.toBeInstanceOf(EvidenceNotFound);
  });

  it('notices bytes altered after they were stored', async () => {
    const { storageKey } = await store.put(pdf, meta);
    await writeFile(join(root, storageKey), 'tampered');
    await expect(store.get(storageKey)).rejects.toBeInstanceOf(EvidenceCorrupted);
  });

  it('deletes a document, and a missing one without complaint', async () => {
    const { storageKey } = await store.put(pdf, meta);
    await store.delete(storageKey);
    expect(await store.exists(storageKey)).toBe(false);
    await expect(store.delete(storageKey)).resolves.toBeUndefined();
  });

  describe('uploads (stage, then commit)', () => {
    async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
      for (const part of parts) yield Buffer.from(part);
    }
    const files = async (dir = root): Promise<string[]> => {
      const { readdir } = await import('node:fs/promises');
      const entries = await readdir(dir, { withFileTypes: true });
      return (await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])))).flat();
    };
    const read = async (stream: NodeJS.ReadableStream) => {
      const got: Buffer[] = [];
      for await (const chunk of stream) got.push(chunk as Buffer);
      return Buffer.concat(got);
    };

    it('measures a stream aside and stores it under its content address only on commit', async () => {
      const staged = await store.stage(chunks('%PDF-1.7 ', 'SK Bupati'));
      expect(staged).toMatchObject({ sha256: sha256Of(pdf.subarray(0, 18)), size: 18 });
      expect(await store.exists(staged.storageKey)).toBe(false);
      expect(await staged.commit({ mediaType: 'application/pdf' })).toBe(true);
      await staged.discard();
      expect(await read(await store.open(staged.storageKey))).toEqual(Buffer.from('%PDF-1.7 SK Bupati'));
      expect(await files()).toEqual([join(root, staged.storageKey)]);
    });

    it('commits nothing new for bytes already stored, and leaves nothing aside', async () => {
      const { storageKey } = await store.put(pdf, meta);
      const staged = await store.stage(chunks(pdf.toString('latin1')));
      expect(await staged.commit({ mediaType: 'application/pdf' })).toBe(false);
      await staged.discard();
      expect(await files()).toEqual([join(root, storageKey)]);
    });

    it('leaves no file behind when the stream fails half-way', async () => {
      async function* failing(): AsyncGenerator<Buffer> {
        yield Buffer.from('%PDF-1.7 half');
        throw new Error('client went away');
      }
      await expect(store.stage(failing())).rejects.toThrow('client went away');
      expect(await files()).toEqual([]);
    });

    it('fails a download whose bytes were altered, at its end', async () => {
      const { storageKey } = await store.put(pdf, meta);
      await writeFile(join(root, storageKey), 'tampered');
      await expect(read(await store.open(storageKey))).rejects.toBeInstanceOf(EvidenceCorrupted);
      await expect(store.open(`ab/ab${'0'.repeat(62)}`)).rejects.toBeInstanceOf(EvidenceNotFound);
    });
  });
});
