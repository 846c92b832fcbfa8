import type { RedisClient } from '../redis/redis-client';
import type { RecordedEvent } from '@app/event-store';
import { writeBatch } from './batch-commit';
import { EventBatcher } from './event-batcher';
import { eventTest, unionFilter } from './log-filter';
import { prepareBatch } from './prepared-batch';
import type { Projection } from './projection';
import type { ProjectionKeys } from './projection-keys';
import type { ReadSide } from './read-side';

export interface ReplayOptions {
  /** Exclusive: where the read of the log starts. */
  fromPosition: bigint;
  /** Stop after this position (inclusive). */
  toPosition?: bigint;
  /** Skip events recorded after this instant. */
  toInstant?: Date;
  batchSize: number;
  /** Writes sent before waiting for the oldest reply: keeps Redis busy while the store is read. */
  inFlight: number;
  ttlMs?: number;
  /** Checked between batches; throws to abandon the replay. */
  check?: () => void;
}

/** A generation only this caller writes, and the checkpoint it stands at before the pass. */
export interface ReplayTarget {
  projection: Projection;
  keys: ProjectionKeys;
  generation: string;
  checkpoint: bigint;
}

export interface ReplayResult {
  events: number;
  /** Last applied position (the target's starting checkpoint if none). */
  checkpoint: bigint;
}

export interface SharedReplayResult {
  /** Events the read yielded, before each target's own filter: a pass shorter than a batch reached the head. */
  read: number;
  /** Position of the last event read (fromPosition if none). */
  scannedTo: bigint;
  /** Per target, in the order given. */
  targets: ReplayResult[];
}

/**
 * Replays the log into one generation (see replayShared).
 */
export async function replayLog(
  readSide: ReadSide,
  conn: RedisClient,
  projection: Projection,
  keys: ProjectionKeys,
  generation: string,
  options: ReplayOptions,
): Promise<ReplayResult> {
  const { targets } = await replayShared(readSide, conn, [{ projection, keys, generation, checkpoint: options.fromPosition }], options);
  return targets[0];
}

/**
 * Replays the log into several generations from ONE read of it: the read carries the union of
 * the projections' filters (the whole log when one of them needs it), and each projection's own
 * filter picks its events in memory. Reading the log once for all of them is what makes a full
 * rebuild cost about one read, not one per projection. Per target: one atomic write per batch
 * carrying its checkpoint; several writes pipelined while the next page is read. No per-event
 * round trips.
 */
export async function replayShared(readSide: ReadSide, conn: RedisClient, targets: readonly ReplayTarget[], options: ReplayOptions): Promise<SharedReplayResult> {
  const lanes = targets.map((target) => ({
    ...target,
    test: eventTest(target.projection.filter),
    namespace: target.keys.namespace(target.generation),
    events: 0,
  }));
  const filter = unionFilter(targets.map((target) => target.projection.filter));
  const source = readSide.store.readAll({ fromPosition: options.fromPosition, filter })[Symbol.asyncIterator]();
  const batcher = new EventBatcher(source, options.batchSize);
  const inFlight: Array<Promise<void>> = [];
  let read = 0;
  let scannedTo = options.fromPosition;
  let failure: unknown;
  try {
    for (let batch = await batcher.next(); batch; batch = await batcher.next()) {
      options.check?.();
      const { toPosition, toInstant } = options;
      const reached = toPosition === undefined ? batch : batch.filter((event) => event.position <= toPosition);
      const kept = toInstant ? reached.filter((event) => recordedBy(event, toInstant)) : reached;
      for (const lane of lanes) {
        const chosen = kept.filter(lane.test);
        if (chosen.length === 0) continue;
        // Each write expects the checkpoint the previous one leaves: in flight, they still chain.
        const write = writeBatch(conn, lane.keys, lane.generation, prepareBatch(lane.projection, lane.namespace, chosen), lane.checkpoint, options.ttlMs);
        // Handled later (in order); this keeps a failure that lands meanwhile from counting as unhandled.
        write.catch(() => undefined);
        inFlight.push(write);
        lane.events += chosen.length;
        lane.checkpoint = chosen[chosen.length - 1].position;
        // Bounded across all targets, so a rebuild holds a few batches at most, whatever their number.
        while (inFlight.length >= options.inFlight) await inFlight.shift();
      }
      if (reached.length > 0) {
        read += reached.length;
        scannedTo = reached[reached.length - 1].position;
      }
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
  return { read, scannedTo, targets: lanes.map(({ events, checkpoint }) => ({ events, checkpoint })) };
}

/**
 * An instant cut keeps every event recorded by then, even one placed after a later-stamped event
 * (clocks of different writers may disagree by a little): what the store had accepted by then.
 */
function recordedBy(event: RecordedEvent, instant: Date): boolean {
  return Date.parse(event.metadata.recordedAt) <= instant.getTime();
}
