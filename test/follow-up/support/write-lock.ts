import Database from 'better-sqlite3';

export interface WriteLock {
  release(): void;
}

/**
 * Takes the SQLite file's write lock from a connection of the test's own. Every other process's
 * next append waits on it (or fails busy), so a worker holding jobs is frozen mid-job until the
 * lock is released: a test can look at the log and act on what it saw with nothing moving.
 */
export function holdWriteLock(path: string): WriteLock {
  const db = new Database(path, { timeout: 10_000 });
  db.exec('BEGIN IMMEDIATE');
  return {
    release() {
      db.exec('ROLLBACK');
      db.close();
    },
  };
}
