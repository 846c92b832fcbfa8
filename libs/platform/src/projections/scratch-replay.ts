import { deleteGeneration } from './generations';
import type { Projection } from './projection';
import { ProjectionKeys, scratchGeneration } from './projection-keys';
import type { ReadSide } from './read-side';
import { replayLog } from './replay';
import { viewOf, type ReadModelView } from './read-model-view';

/** Where to cut the log; both may be given. Without either: everything up to now. */
export interface AsOf {
  /** Only events at or before this global position. */
  toPosition?: bigint;
  /** Only events recorded at or before this instant. */
  toInstant?: Date;
}

export interface ScratchOptions {
  /** Every key expires after this, dropped or not (an auditor's client may vanish). Default 1 h. */
  ttlMs?: number;
  batchSize?: number;
  inFlight?: number;
}

export interface ScratchReadModel extends ReadModelView {
  events: number;
  expiresAt: Date;
  /** Deletes the scratch namespace now. */
  drop(): Promise<void>;
}

/**
 * A read model as it stood at a past position or instant, replayed into its own namespace
 * (generation `scratch-<uuid>`) with the projection's current code. Runners never see it.
 */
export async function replayToScratch(readSide: ReadSide, projection: Projection, asOf: AsOf, options: ScratchOptions = {}): Promise<ScratchReadModel> {
  const keys = new ProjectionKeys(readSide.keyPrefix, projection.name);
  const generation = scratchGeneration();
  const ttlMs = options.ttlMs ?? 3_600_000;
  const expiresAt = new Date(readSide.clock.now().getTime() + ttlMs);
  const conn = readSide.redis.duplicate();
  try {
    await conn.set(keys.version(generation), String(projection.version), 'PX', ttlMs);
    const result = await replayLog(readSide, conn, projection, keys, generation, {
      fromPosition: 0n,
      toPosition: asOf.toPosition,
      toInstant: asOf.toInstant,
      batchSize: options.batchSize ?? 500,
      inFlight: options.inFlight ?? 4,
      ttlMs,
    });
    const view = viewOf(projection.name, generation, keys.namespace(generation), result.checkpoint);
    return { ...view, events: result.events, expiresAt, drop: async () => void (await deleteGeneration(readSide.redis, keys, generation)) };
  } catch (error) {
    await deleteGeneration(readSide.redis, keys, generation).catch(() => undefined);
    throw error;
  } finally {
    conn.disconnect();
  }
}
