import type { RedisClient } from '../redis/redis-client';
import { APPLIED, CHECKPOINT_MOVED, NOT_ACTIVE, WRITE_REFUSED, commitCommand, type CommitCommand } from './commit-script';
import type { ProjectionKeys } from './projection-keys';
import { ProjectionFault, type FaultedEvent, type PreparedEvent } from './prepared-batch';

export type CommitOutcome = { kind: 'committed'; applied: number; checkpoint: bigint } | { kind: 'moved' };

/**
 * Applies a batch to the active generation `generation` exactly once, even with other runners
 * doing the same: read the checkpoint, drop events at or below it (someone else applied them),
 * then apply the rest and advance the checkpoint in one compare-and-set (commit-script). When the
 * checkpoint moved in between, read again and retry. Returns `moved` once the generation is no
 * longer active (a rebuild swapped it), so nothing lands in a retired generation.
 */
export async function commitToActive(conn: RedisClient, keys: ProjectionKeys, generation: string, batch: readonly PreparedEvent[]): Promise<CommitOutcome> {
  const checkpointKey = keys.checkpoint(generation);
  for (;;) {
    const [active, stored] = await conn.mget(keys.active, checkpointKey);
    if (active !== generation) return { kind: 'moved' };
    const checkpoint = BigInt(stored ?? '0');
    const fresh = batch.filter((event) => event.position > checkpoint);
    if (fresh.length === 0) return { kind: 'committed', applied: 0, checkpoint };
    const last = fresh[fresh.length - 1];
    const command = commitCommand(keys, generation, { expected: checkpoint, checkpoint: last.position, checkpointAt: last.recordedAt, ops: fresh.map((event) => event.ops), requireActive: generation });
    const result = await run(conn, keys, generation, command, fresh);
    if (result === APPLIED) return { kind: 'committed', applied: fresh.length, checkpoint: last.position };
    if (result === NOT_ACTIVE) return { kind: 'moved' };
  }
}

/**
 * Applies a batch to a generation only the caller writes (a rebuild under its lock, a scratch
 * replay), expecting its checkpoint to be `expected`. Several may be in flight on one connection;
 * Redis runs them in order. `ttlMs` expires every touched key (scratch namespaces).
 * @throws when the checkpoint is not `expected`: someone else is writing this generation.
 */
export async function writeBatch(conn: RedisClient, keys: ProjectionKeys, generation: string, batch: readonly PreparedEvent[], expected: bigint, ttlMs?: number): Promise<void> {
  if (batch.length === 0) return;
  const last = batch[batch.length - 1];
  const command = commitCommand(keys, generation, { expected, checkpoint: last.position, checkpointAt: last.recordedAt, ops: batch.map((event) => event.ops), ttlMs });
  if ((await run(conn, keys, generation, command, batch)) === CHECKPOINT_MOVED) {
    throw new Error(`Projection ${keys.name}: the checkpoint of ${generation} is not at ${expected}; another process is writing it`);
  }
}

/**
 * A write that fails inside the script (WRONGTYPE: one key used as two types) leaves the writes
 * before it in place, and Redis has no rollback: the generation is not to be trusted. Fail loudly,
 * naming the event whose write was refused, rather than carry on; a fixed projection with a new
 * version rebuilds it.
 */
async function run(conn: RedisClient, keys: ProjectionKeys, generation: string, { command: [command, ...args], eventOfWrite }: CommitCommand, batch: readonly PreparedEvent[]): Promise<number> {
  let reply: unknown;
  try {
    // As one array: a batch declares thousands of keys, too many to spread into a call.
    reply = await conn.call(command, args);
  } catch (error) {
    const message = (error as Error).message;
    // Errors raised by the script itself name it; anything else (connection, OOM, failover) is worth retrying.
    if (!message.includes('@user_script:')) throw error;
    const first = batch[0];
    const last = batch[batch.length - 1];
    throw new ProjectionFault(keys.name, `the batch of positions ${first?.position}..${last?.position} into generation ${generation} failed (${message})`);
  }
  if (Array.isArray(reply) && reply[0] === WRITE_REFUSED) {
    const [, ordinal, message] = reply as [number, number, string];
    const event = batch[eventOfWrite[ordinal - 1]];
    throw new ProjectionFault(keys.name, `Redis refused a write into generation ${generation} (${message}); rebuild it after fixing the projection`, event && faulted(event));
  }
  return Number(reply);
}

function faulted({ position, source }: PreparedEvent): FaultedEvent {
  return { position, type: source?.type ?? 'event', stream: source?.stream ?? '?', revision: source?.revision ?? -1 };
}
