/**
 * The event log's schema, one entry per version, applied in order and recorded in
 * `schema_migrations`. Entries are never edited once released: a change is a new version.
 *
 * Version 1:
 * - `position` is the global log order ($all). Appends are serialised by a transaction-level
 *   advisory lock taken before a position is drawn (see append-lock.ts), so positions commit
 *   in increasing order and a reader that sees position N will never later see a smaller one.
 * - data and metadata are `json`, not `jsonb`: `json` keeps the exact text written, so what
 *   is read back is what the hash was computed over (jsonb would also refuse \u0000).
 * - `category` is the stream name up to its first '-' (stream-names.ts): filtered reads by
 *   stream category and by event type walk (category, position) and (type, position).
 * - COLLATE "C": names compare byte by byte, as stream prefixes are matched.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE events (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id       text COLLATE "C" NOT NULL UNIQUE,
        stream   text COLLATE "C" NOT NULL,
        category text COLLATE "C" NOT NULL,
        revision bigint NOT NULL,
        type     text COLLATE "C" NOT NULL,
        data     json NOT NULL,
        metadata json NOT NULL,
        UNIQUE (stream, revision)
      );
      CREATE INDEX events_by_category ON events (category, position);
      CREATE INDEX events_by_type ON events (type, position);
    `,
  },
];

/** The newest schema version this code knows. */
export const KNOWN_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));
