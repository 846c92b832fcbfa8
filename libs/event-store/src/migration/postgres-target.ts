import { Pool } from 'pg';
import type { RecordedEvent } from '../envelope';
import { BEGIN_APPEND } from '../postgres/append-lock';
import { APPENDED_CHANNEL } from '../postgres/append-signals';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { categoryOf } from '../stream-names';
import type { SealedTarget } from './sealed-target';

/**
 * Rows go in with their source positions (OVERRIDING SYSTEM VALUE), then the identity is moved
 * past the largest, so appends made after the copy continue the log. The transaction holds the
 * append lock like every other writer (append-lock.ts), so positions still commit in order.
 */
const IMPORT = `
  WITH inserted AS (
    INSERT INTO events (position, id, stream, category, revision, type, data, metadata) OVERRIDING SYSTEM VALUE
    SELECT e.position, e.id, e.stream, e.category, e.revision, e.type, e.data::json, e.metadata::json
    FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[])
      AS e (position, id, stream, category, revision, type, data, metadata)
    ORDER BY e.position
    RETURNING position
  )
  SELECT setval(pg_get_serial_sequence('events', 'position'), max(position)), pg_notify('${APPENDED_CHANNEL}', '') FROM inserted`;

/** A PostgreSQL event store receiving sealed events; its schema is created by the adapter first. */
export class PostgresSealedTarget implements SealedTarget {
  readonly store: PostgresEventStore;
  private readonly pool: Pool;

  private constructor(
    connectionString: string,
    readonly description: string,
  ) {
    this.store = new PostgresEventStore(connectionString);
    this.pool = new Pool({ connectionString, max: 1, connectionTimeoutMillis: 5000 });
    this.pool.on('error', () => undefined);
  }

  static async open(connectionString: string, description: string): Promise<PostgresSealedTarget> {
    const target = new PostgresSealedTarget(connectionString, description);
    try {
      // Any call migrates the schema: the table exists before the first import.
      await target.store.headPosition();
      return target;
    } catch (error) {
      await target.close();
      throw error;
    }
  }

  async importSealed(events: RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const client = await this.pool.connect();
    try {
      await client.query(BEGIN_APPEND);
      await client.query(IMPORT, [
        events.map((event) => event.position.toString()),
        events.map((event) => event.id),
        events.map((event) => event.stream),
        events.map((event) => categoryOf(event.stream)),
        events.map((event) => event.revision),
        events.map((event) => event.type),
        events.map((event) => JSON.stringify(event.data)),
        events.map((event) => JSON.stringify(event.metadata)),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.pool.end();
  }
}
