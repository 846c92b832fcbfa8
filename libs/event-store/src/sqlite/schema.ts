import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * `position` is the global log order ($all). AUTOINCREMENT never reuses a position, and
 * writers are serialised (BEGIN IMMEDIATE), so positions commit in increasing order.
 * UNIQUE(stream, revision) doubles as the index for stream reads; (type, position) and
 * (category, position) let a filtered read of $all seek straight to its events in log order
 * instead of scanning the log.
 */
/**
 * A stream's category, as categoryOf() in stream-names.ts derives it: the name up to its first
 * '-', or the whole name. Computed by SQLite, not written by this code, so a row inserted by any
 * writer (an older release still running against the same file) is indexed by category too.
 */
const CATEGORY_OF_STREAM = "CASE WHEN instr(stream, '-') > 0 THEN substr(stream, 1, instr(stream, '-') - 1) ELSE stream END";

const SCHEMA_V1 = `
  CREATE TABLE events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    id       TEXT    NOT NULL UNIQUE,
    stream   TEXT    NOT NULL,
    revision INTEGER NOT NULL,
    type     TEXT    NOT NULL,
    data     TEXT    NOT NULL,
    metadata TEXT    NOT NULL,
    category TEXT    GENERATED ALWAYS AS (${CATEGORY_OF_STREAM}) VIRTUAL,
    UNIQUE (stream, revision)
  );
  CREATE INDEX events_by_type ON events (type, position);
  CREATE INDEX events_by_category ON events (category, position);
`;

/**
 * Version 0 is a file written before categories existed. Adding a virtual column rewrites no
 * stored row; building the index derives every event's category once.
 */
const V0_TO_V1 = `
  ALTER TABLE events ADD COLUMN category TEXT GENERATED ALWAYS AS (${CATEGORY_OF_STREAM}) VIRTUAL;
  CREATE INDEX events_by_category ON events (category, position);
`;

/** The schema this code reads and writes, kept in PRAGMA user_version. */
export const SCHEMA_VERSION = 1;

export const IN_MEMORY = ':memory:';

/** Opens (creating or migrating if needed) an event database; throws whatever fs or SQLite throws. */
export function openDatabase(path: string, busyTimeoutMs: number): Database.Database {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
  // `timeout` is SQLite's busy_timeout: set before anything below may wait on another process.
  const db = new Database(path, { timeout: busyTimeoutMs });
  try {
    db.pragma('journal_mode = WAL');
    // FULL: an acknowledged append is an audit record and must survive power loss; group commit keeps it affordable.
    db.pragma('synchronous = FULL');
    // 64 MiB of page cache (SQLite's default is ~8 MiB): every append looks its event ids up in,
    // and inserts them into, a unique index of random UUIDs, which at 1,000,000 events is ~60 MB;
    // with the default cache most of those lookups copy a page in from the OS.
    db.pragma('cache_size = -65536');
    migrate(db);
    db.defaultSafeIntegers(true);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** IMMEDIATE: two processes opening one old file at once migrate it once, one after the other. */
function migrate(db: Database.Database): void {
  if (userVersion(db) === SCHEMA_VERSION) return;
  db.transaction(() => {
    const version = userVersion(db);
    if (version === SCHEMA_VERSION) return;
    if (version > SCHEMA_VERSION) throw new Error(`Event database schema ${version} is newer than this code (${SCHEMA_VERSION})`);
    const hasEvents = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined;
    db.exec(hasEvents ? V0_TO_V1 : SCHEMA_V1);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}
