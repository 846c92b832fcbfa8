import type { Pool } from 'pg';
import { rowColumns, type EventRowToInsert, type StoredState } from './append-plan';

/**
 * Appends rows planned from a lookup made without the append lock, in one server-side call
 * (append_planned, migration 2) that takes the lock, checks that nothing the plan was built on
 * has changed, inserts and, called outside a transaction, commits: the lock is held for the
 * server's own work and flush only, never across a round trip to this process. Writers in
 * several processes queue on it for that long, instead of for three round trips each.
 *
 * Why the check makes the early lookup safe: a plan depends only on the heads of the streams
 * it mentions (revision and hash, for expected revisions and the hash chain) and on whether
 * its event ids are stored. Under the lock, with a snapshot taken after it, "no stream has an
 * event past the head the lookup saw, and no id the lookup missed is stored" means the lookup
 * still describes the log, so the plan is the one a lookup under the lock would have made.
 * Stored ids never change, so the ones it found need no check.
 */
const APPEND_PLANNED = 'SELECT event_id, event_position FROM append_planned($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)';

/** Positions by event id, or null when the log changed under the plan: plan again under the lock. */
export async function commitPlanned(pool: Pool, rows: EventRowToInsert[], stored: StoredState, batch: { streams: string[]; ids: string[] }): Promise<Map<string, bigint> | null> {
  const result = await pool.query<{ event_id: string; event_position: string }>(APPEND_PLANNED, [
    ...rowColumns(rows),
    batch.streams,
    batch.streams.map((stream) => stored.heads.get(stream)?.revision ?? -1),
    batch.ids.filter((id) => !stored.ids.has(id)),
  ]);
  // Rows to insert and none inserted: the check failed and the call changed nothing.
  if (result.rows.length === 0) return null;
  return new Map(result.rows.map((row) => [row.event_id, BigInt(row.event_position)]));
}
