import { ADVISORY_LOCKS } from './advisory-locks';
import { APPENDED_CHANNEL } from './append-signals';

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
 *
 * Version 2: `append_planned`, the append as one server-side call (planned-commit.ts). The
 * append lock is held only inside the server, from the check to the commit, instead of across
 * the client's round trips for the lookup, the insert and the commit.
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
  {
    version: 2,
    // VOLATILE (the default): each statement inside reads a fresh snapshot, taken once the lock
    // is held, so the check sees every append that committed before it.
    sql: `
      CREATE FUNCTION append_planned(
        p_ids text[], p_streams text[], p_categories text[], p_revisions bigint[], p_types text[], p_data text[], p_metadata text[],
        p_seen_streams text[], p_seen_revisions bigint[], p_unseen_ids text[]
      ) RETURNS TABLE (event_id text, event_position bigint)
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(${ADVISORY_LOCKS.append.toString()});
        IF EXISTS (SELECT 1 FROM events e WHERE e.id = ANY (p_unseen_ids))
          OR EXISTS (
            SELECT 1 FROM unnest(p_seen_streams, p_seen_revisions) AS s (stream, revision)
            WHERE EXISTS (SELECT 1 FROM events e WHERE e.stream = s.stream AND e.revision > s.revision)
          ) THEN
          RETURN;
        END IF;
        RETURN QUERY
          INSERT INTO events AS e (id, stream, category, revision, type, data, metadata)
          SELECT r.id, r.stream, r.category, r.revision, r.type, r.data::json, r.metadata::json
          FROM unnest(p_ids, p_streams, p_categories, p_revisions, p_types, p_data, p_metadata)
            WITH ORDINALITY AS r (id, stream, category, revision, type, data, metadata, ord)
          ORDER BY r.ord
          RETURNING e.id, e.position;
        PERFORM pg_notify('${APPENDED_CHANNEL}', '');
      END
      $fn$;
    `,
  },
];

/** The newest schema version this code knows. */
export const KNOWN_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));
