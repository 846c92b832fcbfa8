import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './process-liveness';

export type LockAttempt = { acquired: DataDirLock } | { ownerPid: number };

/**
 * `<redis dir>/lock`: which process owns the directory's redis-server. Created exclusively (O_EXCL)
 * with the owner's pid *before* anything is spawned, so a process killed at any moment of its
 * start leaves a lock naming a dead pid, and the next process knows to look for an orphan rather
 * than start a second server on the same AOF. A lock naming a live process is respected.
 */
export class DataDirLock {
  private constructor(private readonly path: string) {}

  static tryAcquire(dir: string): LockAttempt {
    const path = join(dir, 'lock');
    // A few rounds: a stale lock is removed, then the exclusive create decides between racers.
    for (let round = 0; round < 5; round++) {
      try {
        const fd = openSync(path, 'wx');
        try {
          writeSync(fd, String(process.pid));
        } finally {
          closeSync(fd);
        }
        return { acquired: new DataDirLock(path) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(path);
      // Its creator is between create and write: undetermined, the caller asks again shortly.
      if (owner === 'being-written') return { ownerPid: 0 };
      if (owner !== undefined && isAlive(owner)) return { ownerPid: owner };
      removeStale(path, owner);
    }
    return { ownerPid: 0 };
  }

  /** Removes the lock if it is still this process's. */
  release(): void {
    if (readOwner(this.path) === process.pid) rmSync(this.path, { force: true });
  }
}

/**
 * Removes the stale lock naming `stalePid`, and only that one: another process may have replaced
 * it since it was read (it found it stale too, and took over first). Moving it aside is atomic;
 * a lock moved aside that turns out to be such a fresh one is put back.
 */
function removeStale(path: string, stalePid: number | undefined): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (typeof moved === 'number' && moved !== stalePid && isAlive(moved)) {
    try {
      linkSync(aside, path);
    } catch {
      // Yet another process created a lock meanwhile: that one stands.
    }
  }
  rmSync(aside, { force: true });
}

/** A creator killed between create and write leaves an empty lock: after this long it counts as stale. */
const EMPTY_LOCK_STALE_MS = 2_000;

/** The pid in the lock; 'being-written' while its creator has opened but not yet written it. */
function readOwner(path: string): number | 'being-written' | undefined {
  let text: string;
  let modifiedMs: number;
  try {
    text = readFileSync(path, 'utf8').trim();
    modifiedMs = statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  if (text === '') return Date.now() - modifiedMs < EMPTY_LOCK_STALE_MS ? 'being-written' : undefined;
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
