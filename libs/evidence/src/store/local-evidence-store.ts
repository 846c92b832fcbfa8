import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EvidenceNotFound, EvidenceStore, StoredEvidence, checkStorageKey, sha256Of, storageKeyFor, verified } from './evidence-store.port';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Evidence as files under `<root>` (default `${DATA_DIR}/evidence`): `<root>/<sha256 prefix>/<sha256>`. */
export class LocalEvidenceStore implements EvidenceStore {
  constructor(private readonly root: string) {}

  /** The name and media type live in the event, not beside the bytes. */
  async put(content: Buffer, _meta?: { name: string; mediaType: string }): Promise<StoredEvidence> {
    const sha256 = sha256Of(content);
    const storageKey = storageKeyFor(sha256);
    const path = this.pathOf(storageKey);
    if (!(await this.exists(storageKey))) {
      await mkdir(dirname(path), { recursive: true });
      // Write aside, then rename: a reader never sees half a document, and two writers of the
      // same bytes both rename identical content into place.
      const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
      try {
        await writeFile(temp, content, { flag: 'wx' });
        await rename(temp, path);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    }
    return { storageKey, sha256, size: content.length };
  }

  async get(storageKey: string): Promise<Buffer> {
    try {
      return verified(storageKey, await readFile(this.pathOf(storageKey)));
    } catch (error) {
      if (isMissing(error)) throw new EvidenceNotFound(`No evidence ${storageKey}`);
      throw error;
    }
  }

  async exists(storageKey: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(storageKey))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(storageKey: string): Promise<void> {
    await unlink(this.pathOf(storageKey)).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }

  private pathOf(storageKey: string): string {
    checkStorageKey(storageKey);
    return join(this.root, storageKey);
  }
}
