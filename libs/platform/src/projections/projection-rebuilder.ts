import type Redis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGeneration, deleteGeneration, swapActive } from './generations';
import type { Projection } from './projection';
import { ProjectionKeys, newGeneration } from './projection-keys';
import type { ReadSide } from './read-side';
import { RebuildLock } from './rebuild-lock';
import { replayLog } from './replay';

export interface RebuildOptions {
  /** Events per atomic write. Default 500. */
  batchSize?: number;
  /** Batches pipelined before waiting for a reply. Default 4. */
  inFlight?: number;
  /** Rebuild lock time to live; renewed at a third of it. Default 30 s. */
  lockTtlMs?: number;
  /** After the swap, how long queries that already resolved the old generation may keep reading it. Default 2 s. */
  retireDelayMs?: number;
}

export interface RebuildResult {
  name: string;
  generation: string;
  previous: string | null;
  events: number;
  checkpoint: bigint;
  /** From the start until the new generation became active (the old one's deletion not included). */
  durationMs: number;
}

export interface RebuildJob {
  generation: string;
  /** Settles when the new generation is active and the old one deleted (or the rebuild failed). */
  done: Promise<RebuildResult>;
}

export class RebuildInProgress extends Error {
  override name = 'RebuildInProgress';
}

/** The lock was lost, or a newer version became active: this rebuild's generation was dropped. */
export class RebuildSuperseded extends Error {
  override name = 'RebuildSuperseded';
}

/**
 * Replays the whole log into a fresh generation, catches up to the head, swaps the active pointer
 * atomically, then deletes what it replaced. Queries read the old generation until the swap;
 * runners notice the swap at their next commit and continue from the new generation's checkpoint.
 */
export class ProjectionRebuilder {
  private readonly options: Required<RebuildOptions>;

  constructor(
    private readonly readSide: ReadSide,
    options: RebuildOptions = {},
  ) {
    this.options = { batchSize: 500, inFlight: 4, lockTtlMs: 30_000, retireDelayMs: 2_000, ...options };
  }

  /** Takes the lock and starts in the background. @throws RebuildInProgress */
  async start(projection: Projection, signal?: AbortSignal): Promise<RebuildJob> {
    const keys = new ProjectionKeys(this.readSide.keyPrefix, projection.name);
    const lock = await RebuildLock.acquire(this.readSide.redis, keys.rebuildLock, this.options.lockTtlMs);
    if (!lock) throw new RebuildInProgress(`Projection ${projection.name} is already being rebuilt`);
    const generation = newGeneration(projection.version);
    const done = this.run(projection, keys, generation, lock, signal).finally(() => lock.release().catch(() => undefined));
    return { generation, done };
  }

  async rebuild(projection: Projection, signal?: AbortSignal): Promise<RebuildResult> {
    return (await this.start(projection, signal)).done;
  }

  private async run(projection: Projection, keys: ProjectionKeys, generation: string, lock: RebuildLock, signal?: AbortSignal): Promise<RebuildResult> {
    const started = performance.now();
    // A connection of its own, so the pipelined batches do not queue up in front of queries.
    const conn = this.readSide.redis.duplicate();
    try {
      let previous: string | null = null;
      let durationMs = 0;
      await createGeneration(conn, keys, generation, projection.version);
      let events = 0;
      let checkpoint = 0n;
      try {
        // Catch-up passes until one finds less than a batch: the swap then lands close to the head,
        // and the runners apply the rest from the new generation's checkpoint. (Waiting for an
        // empty pass could go on forever under a steady stream of appends.)
        for (;;) {
          const pass = await replayLog(this.readSide, conn, projection, keys, generation, {
            fromPosition: checkpoint,
            batchSize: this.options.batchSize,
            inFlight: this.options.inFlight,
            check: () => {
              lock.assertHeld();
              signal?.throwIfAborted();
            },
          });
          events += pass.events;
          checkpoint = pass.checkpoint;
          if (pass.events < this.options.batchSize) break;
        }
        const swapped = await swapActive(conn, keys, generation, projection.version, lock.token);
        if (!swapped) {
          throw new RebuildSuperseded(`Projection ${projection.name}: lost the lock or a newer version became active during the rebuild; ${generation} dropped`);
        }
        previous = swapped.previous;
        durationMs = performance.now() - started;
      } catch (error) {
        await deleteGeneration(conn, keys, generation).catch(() => undefined);
        throw error;
      }
      await sleep(this.options.retireDelayMs);
      await sweepInactive(conn, keys);
      return { name: projection.name, generation, previous, events, checkpoint, durationMs };
    } finally {
      conn.disconnect();
    }
  }
}

/** Deletes every generation but the active one: the one just replaced and any a crashed rebuild left behind. */
async function sweepInactive(conn: Redis, keys: ProjectionKeys): Promise<void> {
  const active = await conn.get(keys.active);
  for (const generation of await conn.smembers(keys.generations)) {
    if (generation !== active) await deleteGeneration(conn, keys, generation);
  }
}
