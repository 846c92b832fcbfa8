import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { EvidenceNotFound, EvidenceStore, StagedUpload, StoredEvidence, checkStorageKey, sha256Of, storageKeyFor, verified } from './evidence-store.port';
import { removeQuietly, spool, verifiedStream } from './spool';

/** Where uploads are received before they are committed; on the same file system, so committing is a rename. */
export const INCOMING_DIR = '.incoming';

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

  async stage(source: AsyncIterable<Buffer>): Promise<StagedUpload> {
    const spooled = await spool(source, join(this.root, INCOMING_DIR));
    const storageKey = storageKeyFor(spooled.sha256);
    const path = this.pathOf(storageKey);
    return {
      storageKey,
      sha256: spooled.sha256,
      size: spooled.size,
      commit: async () => {
        if (await this.exists(storageKey)) return false;
        await mkdir(dirname(path), { recursive: true });
        await rename(spooled.path, path);
        return true;
      },
      discard: () => removeQuietly(spooled.path),
    };
  }

  async open(storageKey: string): Promise<Readable> {
    if (!(await this.exists(storageKey))) throw new EvidenceNotFound(`No evidence ${storageKey}`);
    return verifiedStream(createReadStream(this.pathOf(storageKey)), storageKey);
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
