import { existsSync } from 'node:fs';
import { createEventStore, describeEventStore } from '../event-store.module';
import type { EventStore } from '../event-store.port';
import { isPostgresConnectionString } from '../postgres/connection-string';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { PostgresSealedTarget } from './postgres-target';
import { MigrationRefused, type SealedTarget } from './sealed-target';
import { SqliteSealedTarget } from './sqlite-target';

const CONNECTION_STRING = /^[a-z][a-z0-9+.-]*:\/\//i;
const ESDB_CONNECTION_STRING = /^(esdb|kurrentdb)(\+discover)?:\/\//i;

/** What a `--from`/`--to` value names, for messages: credentials hidden. */
export function describeLocation(location: string): string {
  return CONNECTION_STRING.test(location) ? describeEventStore({ connectionString: location, sqlitePath: '' }) : `SQLite file ${location}`;
}

/** A connection string opens its adapter; anything else is a SQLite file, which must exist (opening would create an empty one). */
export function openSourceLog(location: string): EventStore {
  if (CONNECTION_STRING.test(location)) return createEventStore({ connectionString: location, sqlitePath: '' });
  if (!existsSync(location)) throw new MigrationRefused(`No SQLite event log at ${location}`);
  return new SqliteEventStore(location);
}

/**
 * PostgreSQL and SQLite store sealed events at their source positions. EventStoreDB cannot:
 * it assigns every event its own position, so the read models' checkpoints (kept as positions)
 * would point at other events, and its appends to several streams are not one transaction, so
 * an interrupted copy could not be resumed from a known prefix. It is refused, not half done.
 */
export async function openSealedTarget(location: string): Promise<SealedTarget> {
  if (ESDB_CONNECTION_STRING.test(location)) {
    throw new MigrationRefused(
      'Copying into EventStoreDB/KurrentDB is not supported: it assigns its own log positions, so the copied log could not keep the positions the read models are checkpointed at, nor be resumed after an interruption. Copy into PostgreSQL (postgres://…) or keep SQLite.',
    );
  }
  if (isPostgresConnectionString(location)) return PostgresSealedTarget.open(location, describeLocation(location));
  if (CONNECTION_STRING.test(location)) throw new MigrationRefused(`Cannot copy into ${describeLocation(location)}: use postgres://… or a SQLite file`);
  return new SqliteSealedTarget(location);
}
