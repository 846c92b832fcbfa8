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
});
