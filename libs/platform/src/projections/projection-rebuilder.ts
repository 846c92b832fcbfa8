import type { RedisClient } from '../redis/redis-client';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGeneration, deleteGeneration, swapActive } from './generations';
import type { Projection } from './projection';
import { ProjectionKeys, newGeneration } from './projection-keys';
import type { ReadSide } from './read-side';
import { RebuildLock } from './rebuild-lock';
import { replayShared, type ReplayResult } from './replay';

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

/** One projection's part of a rebuild: its lock and the generation it fills. */
interface RebuildTarget {
  projection: Projection;
  keys: ProjectionKeys;
  generation: string;
  lock: RebuildLock;
}

/**
 * Replays the whole log into a fresh generation, catches up to the head, swaps the active pointer
 * atomically, then deletes what it replaced. Queries read the old generation until the swap;
 * runners notice the swap at their next commit and continue from the new generation's checkpoint.
 * Several projections rebuilt together share one read of the log (replayShared).
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
    const { generations, done } = await this.startAll([projection], signal);
    return { generation: generations[0], done: done.then((results) => results[0]) };
  }

  async rebuild(projection: Projection, signal?: AbortSignal): Promise<RebuildResult> {
    return (await this.start(projection, signal)).done;
  }

  /**
   * Takes every projection's lock (none when one is held elsewhere) and rebuilds them all from
   * one read of the log. A projection that faults fails the whole rebuild: nothing is swapped.
   * @throws RebuildInProgress
   */
  async startAll(projections: readonly Projection[], signal?: AbortSignal): Promise<{ generations: string[]; done: Promise<RebuildResult[]> }> {
    const targets: RebuildTarget[] = [];
    try {
      for (const projection of projections) {
        const keys = new ProjectionKeys(this.readSide.keyPrefix, projection.name);
        const lock = await RebuildLock.acquire(this.readSide.redis, keys.rebuildLock, this.options.lockTtlMs);
        if (!lock) throw new RebuildInProgress(`Projection ${projection.name} is already being rebuilt`);
        targets.push({ projection, keys, generation: newGeneration(projection.version), lock });
      }
    } catch (error) {
      await Promise.all(targets.map(({ lock }) => lock.release().catch(() => undefined)));
      throw error;
    }
    const done = this.run(targets, signal).finally(() => Promise.all(targets.map(({ lock }) => lock.release().catch(() => undefined))));
    return { generations: targets.map((target) => target.generation), done };
  }

  async rebuildAll(projections: readonly Projection[], signal?: AbortSignal): Promise<RebuildResult[]> {
    return (await this.startAll(projections, signal)).done;
  }

  private async run(targets: readonly RebuildTarget[], signal?: AbortSignal): Promise<RebuildResult[]> {
    const started = performance.now();
    // A connection of its own, so the pipelined batches do not queue up in front of queries.
    const conn = this.readSide.redis.duplicate();
    try {
      const results: RebuildResult[] = [];
      try {
        for (const { projection, keys, generation } of targets) await createGeneration(conn, keys, generation, projection.version);
        const applied = await this.replay(conn, targets, signal);
        for (const [i, { projection, keys, generation, lock }] of targets.entries()) {
          const swapped = await swapActive(conn, keys, generation, projection.version, lock.token);
          if (!swapped) {
            throw new RebuildSuperseded(`Projection ${projection.name}: lost the lock or a newer version became active during the rebuild; ${generation} dropped`);
          }
          const { events, checkpoint } = applied[i];
          results.push({ name: projection.name, generation, previous: swapped.previous, events, checkpoint, durationMs: performance.now() - started });
        }
      } catch (error) {
        // Those already swapped are active and stay; the others are dropped.
        for (const { keys, generation } of targets.slice(results.length)) await deleteGeneration(conn, keys, generation).catch(() => undefined);
        throw error;
      }
      await sleep(this.options.retireDelayMs);
      for (const { keys } of targets) await sweepInactive(conn, keys);
      return results;
    } finally {
      conn.disconnect();
    }
  }

  /**
   * Catch-up passes until one reads less than a batch: the swap then lands close to the head, and
   * the runners apply the rest from the new generation's checkpoint. (Waiting for an empty pass
   * could go on forever under a steady stream of appends.)
   */
  private async replay(conn: RedisClient, targets: readonly RebuildTarget[], signal?: AbortSignal): Promise<ReplayResult[]> {
    let applied: ReplayResult[] = targets.map(() => ({ events: 0, checkpoint: 0n }));
    let scannedTo = 0n;
    for (;;) {
      const pass = await replayShared(
        this.readSide,
        conn,
        targets.map(({ projection, keys, generation }, i) => ({ projection, keys, generation, checkpoint: applied[i].checkpoint })),
        {
          fromPosition: scannedTo,
          batchSize: this.options.batchSize,
          inFlight: this.options.inFlight,
          check: () => {
            for (const { lock } of targets) lock.assertHeld();
            signal?.throwIfAborted();
          },
        },
      );
      applied = applied.map((before, i) => ({ events: before.events + pass.targets[i].events, checkpoint: pass.targets[i].checkpoint }));
      scannedTo = pass.scannedTo;
      if (pass.read < this.options.batchSize) return applied;
    }
  }
}

/** Deletes every generation but the active one: the one just replaced and any a crashed rebuild left behind. */
async function sweepInactive(conn: RedisClient, keys: ProjectionKeys): Promise<void> {
  const active = await conn.get(keys.active);
  for (const generation of await conn.smembers(keys.generations)) {
    if (generation !== active) await deleteGeneration(conn, keys, generation);
  }
}
