import { Logger } from '@nestjs/common';
import type { RedisClient } from '../redis/redis-client';
import type { Subscription } from '@app/event-store';
import { commitToActive } from './batch-commit';
import { EventBatcher } from './event-batcher';
import { initializeActive, readActive, type GenerationState } from './generations';
import { ProjectionFault, prepareBatch } from './prepared-batch';
import type { Projection } from './projection';
import { ProjectionKeys, newGeneration } from './projection-keys';
import { ProjectionRebuilder, RebuildInProgress } from './projection-rebuilder';
import type { ReadSide } from './read-side';

export type RunnerState = 'starting' | 'following' | 'rebuilding' | 'waiting-for-rebuild' | 'superseded' | 'failed' | 'stopped';

/** Why a runner stopped for good, as /health and the admin list show it (positions as decimal strings: they are 64-bit). */
export interface RunnerFault {
  /** Global position of the event it failed on; null when the failure could not be tied to one event. */
  position: string | null;
  eventType: string | null;
  stream: string | null;
  revision: number | null;
  error: string;
  /** When the runner stopped. */
  at: string;
}

export interface RunnerOptions {
  /** Most events per transaction. Default 500. */
  batchSize?: number;
  /** How often to look at the active pointer while another process rebuilds or a newer version runs. Default 1 s. */
  pollMs?: number;
  /** Longest pause between retries after Redis or store errors. Default 5 s. */
  maxBackoffMs?: number;
  /** Called after each commit with the number of events it applied (metrics). */
  onApplied?: (projection: string, events: number) => void;
}

/**
 * Keeps one projection's active generation up to date. Safe to run in several processes at once:
 * the checkpoint compare-and-set in commitToActive decides who applies what. Rebuilds by itself
 * when its projection's version is newer than the active generation's, and stands aside when an
 * older build finds a newer version active (rolling deploys do not ping-pong).
 */
export class ProjectionRunner {
  private readonly logger: Logger;
  private readonly keys: ProjectionKeys;
  private readonly options: Required<Omit<RunnerOptions, 'onApplied'>> & Pick<RunnerOptions, 'onApplied'>;
  private currentState: RunnerState = 'stopped';
  private lastError?: string;
  private lastFault?: RunnerFault;
  /** The generation this runner last followed: where a fault is recorded for other processes to report. */
  private generation?: string;
  private running?: Promise<void>;
  private subscription?: Subscription;
  private readonly abort = new AbortController();

  constructor(
    readonly projection: Projection,
    private readonly readSide: ReadSide,
    private readonly rebuilder: ProjectionRebuilder,
    options: RunnerOptions = {},
  ) {
    this.logger = new Logger(`Projection ${projection.name}`);
    this.keys = new ProjectionKeys(readSide.keyPrefix, projection.name);
    this.options = { batchSize: 500, pollMs: 1_000, maxBackoffMs: 5_000, ...options };
  }

  get state(): RunnerState {
    return this.currentState;
  }

  /** Why the runner failed or last retried. */
  get error(): string | undefined {
    return this.lastError;
  }

  /** The fault that stopped the runner (state 'failed'), with the event it stopped on. */
  get fault(): RunnerFault | undefined {
    return this.lastFault;
  }

  start(): void {
    if (this.running) return;
    this.currentState = 'starting';
    this.running = this.loop();
  }

  /** Finishes the transaction in hand (if any), abandons a rebuild in progress, and returns. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.subscription?.close();
    await this.running;
    if (this.currentState !== 'failed') this.currentState = 'stopped';
  }

  private get stopping(): boolean {
    return this.abort.signal.aborted;
  }

  private async loop(): Promise<void> {
    // A connection of its own, so catch-up batches do not queue up in front of queries.
    const conn = this.readSide.redis.duplicate();
    let backoffMs = 100;
    try {
      while (!this.stopping) {
        try {
          await this.step(conn);
          backoffMs = 100;
        } catch (error) {
          if (this.stopping) break;
          if (error instanceof ProjectionFault) {
            this.fail(error);
            return;
          }
          this.lastError = (error as Error).message;
          this.logger.warn(`${this.lastError}; retrying in ${backoffMs} ms`);
          await this.pause(backoffMs);
          backoffMs = Math.min(backoffMs * 2, this.options.maxBackoffMs);
        }
      }
    } finally {
      conn.disconnect();
      if (this.currentState !== 'failed') this.currentState = 'stopped';
    }
  }

  private async step(conn: RedisClient): Promise<void> {
    const active = await readActive(conn, this.keys);
    const version = this.projection.version;
    if (!active) return initializeActive(conn, this.keys, newGeneration(version), version);
    if (active.version < version) return this.rebuildForVersion(active);
    if (active.version > version) {
      this.currentState = 'superseded';
      return this.waitForSwap(conn, active.generation);
    }
    return this.follow(conn, active);
  }

  private async follow(conn: RedisClient, active: GenerationState): Promise<void> {
    this.currentState = 'following';
    this.generation = active.generation;
    // A fresh attempt: a fault recorded by an earlier run is recorded again if it recurs.
    await conn.del(this.keys.fault(active.generation));
    const namespace = this.keys.namespace(active.generation);
    const subscription = this.readSide.store.subscribe({ fromPosition: active.checkpoint, filter: this.projection.filter });
    this.subscription = subscription;
    // A commit notices a swap by itself; this makes an idle runner notice too, so its state is true.
    const watch = setInterval(() => void this.closeIfSwapped(subscription, active.generation), this.options.pollMs);
    try {
      if (this.stopping) return;
      const batcher = new EventBatcher(subscription[Symbol.asyncIterator](), this.options.batchSize);
      for (let batch = await batcher.next(); batch; batch = await batcher.next()) {
        const outcome = await commitToActive(conn, this.keys, active.generation, prepareBatch(this.projection, namespace, batch));
        if (outcome.kind === 'moved') return;
        if (outcome.applied > 0) this.options.onApplied?.(this.projection.name, outcome.applied);
      }
    } finally {
      clearInterval(watch);
      this.subscription = undefined;
      await subscription.close();
    }
  }

  private async closeIfSwapped(subscription: Subscription, generation: string): Promise<void> {
    try {
      if ((await this.readSide.redis.get(this.keys.active)) !== generation) await subscription.close();
    } catch {
      // Redis unreachable: the next commit reports it.
    }
  }

  private async rebuildForVersion(active: GenerationState): Promise<void> {
    this.currentState = 'rebuilding';
    this.logger.log(`Active generation ${active.generation} was built by v${active.version}; rebuilding for v${this.projection.version}`);
    try {
      const result = await this.rebuilder.rebuild(this.projection, this.abort.signal);
      this.logger.log(`Rebuilt into ${result.generation}: ${result.events} events in ${Math.round(result.durationMs)} ms`);
    } catch (error) {
      if (!(error instanceof RebuildInProgress)) throw error;
      this.currentState = 'waiting-for-rebuild';
      await this.waitForSwap(this.readSide.redis, active.generation);
    }
  }

  /** Until the active pointer leaves `generation` (or no rebuild holds the lock any more). */
  private async waitForSwap(redis: RedisClient, generation: string): Promise<void> {
    while (!this.stopping) {
      await this.pause(this.options.pollMs);
      const [active, lock] = await redis.mget(this.keys.active, this.keys.rebuildLock);
      if (active !== generation) return;
      if (this.currentState === 'waiting-for-rebuild' && lock === null) return;
    }
  }

  private fail(error: ProjectionFault): void {
    this.currentState = 'failed';
    this.lastError = error.message;
    const event = error.event;
    this.lastFault = {
      position: event ? event.position.toString() : null,
      eventType: event?.type ?? null,
      stream: event?.stream ?? null,
      revision: event?.revision ?? null,
      error: error.reason,
      at: this.readSide.clock.now().toISOString(),
    };
    // Best effort: API replicas that run no runner report it from there; the log has it anyway.
    if (this.generation) this.readSide.redis.set(this.keys.fault(this.generation), JSON.stringify(this.lastFault)).catch(() => undefined);
    this.logger.error(`${error.message}. The runner stopped; fix the projection, bump its version and restart.`);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const signal = this.abort.signal;
      function done(): void {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    });
  }
}
