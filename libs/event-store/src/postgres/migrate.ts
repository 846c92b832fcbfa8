import type { PoolClient } from 'pg';
import { StoreUnavailable } from '../errors';
import { ADVISORY_LOCKS } from './advisory-locks';
import { KNOWN_SCHEMA_VERSION, MIGRATIONS } from './migrations';

/**
 * Brings the database to KNOWN_SCHEMA_VERSION in one transaction. Processes starting at once
 * queue on an advisory lock, so each migration runs once. A database at a newer version than
 * this code knows was migrated by a newer release: writing to it could break its invariants,
 * so this refuses (StoreUnavailable) and changes nothing.
 */
export async function migrate(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.migrate.toString()]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0].version ?? 0;
    if (current > KNOWN_SCHEMA_VERSION) {
      throw new StoreUnavailable(
        `PostgreSQL event store: the database schema is at version ${current}, newer than version ${KNOWN_SCHEMA_VERSION} that this release knows; ` +
          'run a release at least as new as the one that migrated it',
      );
    }
    for (const migration of MIGRATIONS.filter(({ version }) => version > current)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
