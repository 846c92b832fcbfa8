import type Redis from 'ioredis';
import type { RecordedEvent } from '@app/event-store';
import { writeBatch } from './batch-commit';
import { EventBatcher } from './event-batcher';
import { prepareBatch } from './prepared-batch';
import type { Projection } from './projection';
import type { ProjectionKeys } from './projection-keys';
import type { ReadSide } from './read-side';

export interface ReplayOptions {
  /** Exclusive; also the checkpoint the generation must be at. */
  fromPosition: bigint;
  /** Stop after this position (inclusive). */
  toPosition?: bigint;
  /** Skip events recorded after this instant. */
  toInstant?: Date;
  batchSize: number;
  /** Batches sent before waiting for the oldest reply: keeps Redis busy while the store is read. */
  inFlight: number;
  ttlMs?: number;
  /** Checked between batches; throws to abandon the replay. */
  check?: () => void;
}

export interface ReplayResult {
  events: number;
  /** Last applied position (fromPosition if none). */
  checkpoint: bigint;
}

/**
 * Replays the log into a generation only this caller writes: read in batches, one atomic write
 * per batch carrying its checkpoint, several batches pipelined. No per-event round trips.
 */
export async function replayLog(
  readSide: ReadSide,
  conn: Redis,
  projection: Projection,
  keys: ProjectionKeys,
  generation: string,
  options: ReplayOptions,
): Promise<ReplayResult> {
  const namespace = keys.namespace(generation);
  const source = readSide.store.readAll({ fromPosition: options.fromPosition, filter: projection.filter })[Symbol.asyncIterator]();
  const batcher = new EventBatcher(source, options.batchSize);
  const inFlight: Array<Promise<void>> = [];
  let events = 0;
  let checkpoint = options.fromPosition;
  let failure: unknown;
  try {
    for (let batch = await batcher.next(); batch; batch = await batcher.next()) {
      options.check?.();
      const { toPosition, toInstant } = options;
      const reached = toPosition === undefined ? batch : batch.filter((event) => event.position <= toPosition);
      const chosen = toInstant ? reached.filter((event) => recordedBy(event, toInstant)) : reached;
      if (chosen.length > 0) {
        // Each batch expects the checkpoint the previous one leaves: in flight, they still chain.
        const write = writeBatch(conn, keys, generation, prepareBatch(projection, namespace, chosen), checkpoint, options.ttlMs);
        // Handled later (in order); this keeps a failure that lands meanwhile from counting as unhandled.
        write.catch(() => undefined);
        inFlight.push(write);
        events += chosen.length;
        checkpoint = chosen[chosen.length - 1].position;
      }
      if (inFlight.length >= options.inFlight) await inFlight.shift();
      if (reached.length < batch.length) break;
    }
  } catch (error) {
    failure = error;
  }
  // Settle everything already sent and release the store's cursor before reporting.
  const settled = await Promise.allSettled(inFlight);
  await source.return?.();
  const writeFailure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure !== undefined) throw failure;
  if (writeFailure) throw writeFailure.reason;
  return { events, checkpoint };
}

/**
 * An instant cut keeps every event recorded by then, even one placed after a later-stamped event
 * (clocks of different writers may disagree by a little): what the store had accepted by then.
 */
function recordedBy(event: RecordedEvent, instant: Date): boolean {
  return Date.parse(event.metadata.recordedAt) <= instant.getTime();
}
