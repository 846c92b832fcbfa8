import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * `position` is the global log order ($all). AUTOINCREMENT never reuses a position, and
 * writers are serialised (BEGIN IMMEDIATE), so positions commit in increasing order.
 * UNIQUE(stream, revision) doubles as the index for stream reads; (type, position) serves
 * readAll/subscribe filtered by event type.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    id       TEXT    NOT NULL UNIQUE,
    stream   TEXT    NOT NULL,
    revision INTEGER NOT NULL,
    type     TEXT    NOT NULL,
    data     TEXT    NOT NULL,
    metadata TEXT    NOT NULL,
    UNIQUE (stream, revision)
  );
  CREATE INDEX IF NOT EXISTS events_by_type ON events (type, position);
`;

export const IN_MEMORY = ':memory:';

/** Opens (creating if needed) an event database; throws whatever fs or SQLite throws. */
export function openDatabase(path: string, busyTimeoutMs: number): Database.Database {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
  // `timeout` is SQLite's busy_timeout: set before anything below may wait on another process.
  const db = new Database(path, { timeout: busyTimeoutMs });
  try {
    db.pragma('journal_mode = WAL');
    // FULL: an acknowledged append is an audit record and must survive power loss; writes are few.
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
    db.defaultSafeIntegers(true);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
