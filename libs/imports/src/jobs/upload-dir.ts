import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Where uploads wait while they are checked and written; each is removed when its import ends. */
export const importUploadDir = (dataDir: string): string => join(dataDir, 'tmp', 'imports');

/**
 * Removes uploads left by a process that stopped mid-import (a crash skips the job's own
 * clean-up). Only files older than `olderThanMs`, so an upload another process sharing the
 * data directory is still reading is left alone.
 */
export async function removeStaleUploads(dir: string, now: number, olderThanMs = 3_600_000): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile() && now - info.mtimeMs > olderThanMs) {
      await rm(path, { force: true });
      removed += 1;
    }
  }
  return removed;
}
