import { Logger } from '@nestjs/common';
import type { AllFilter, RecordedEvent, Subscription } from '@app/event-store';
import type { ReadSide } from '@app/platform/projections';
import { EventBatcher, RebuildLock } from '@app/platform/projections';
import { SHUTDOWN_BUDGET_MS, settlesWithin } from '../shutdown/settles-within';

const LEASE_TTL_MS = 15_000;
const BATCH = 200;

export interface LogFollowerHandlers {
  /** Handles a batch; the checkpoint moves past it only when this resolves (at least once). */
  handle(batch: RecordedEvent[]): Promise<void>;
  /** Where to start when Redis has no checkpoint (first start, or Redis lost everything). */
  start(): Promise<bigint>;
}

/**
 * Follows the log from a checkpoint in Redis, in one replica at a time: the holder of a lease
 * (SET NX PX, renewed) reads; the others wait to take over. A lease, not a lock on the work: a
 * replica that stalls past it may repeat a batch, so handlers must be idempotent.
 */
export class LeasedLogFollower {
  private readonly logger: Logger;
  private readonly abort = new AbortController();
  private running?: Promise<void>;
  private subscription?: Subscription;

  constructor(
    readonly name: string,
    private readonly readSide: ReadSide,
    readonly keys: { lease: string; checkpoint: string },
    private readonly filter: AllFilter,
    private readonly handlers: LogFollowerHandlers,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    this.running ??= this.loop();
  }

  /**
   * Finishes the batch in hand if it can within SHUTDOWN_BUDGET_MS.reactor: queueing its jobs
   * waits for Redis, and with Redis gone that wait never ends. An unfinished batch's checkpoint
   * did not move, so the next start handles it again (handlers are idempotent).
   */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.subscription?.close();
    if (this.running && !(await settlesWithin(this.running, SHUTDOWN_BUDGET_MS.reactor))) {
      this.logger.warn('Stopped with a batch unfinished (Redis unreachable?); it is handled again on the next start');
    }
  }

  private async loop(): Promise<void> {
    let backoffMs = 100;
    while (!this.abort.signal.aborted) {
      let lease: RebuildLock | null = null;
      try {
        lease = await RebuildLock.acquire(this.readSide.redis, this.keys.lease, LEASE_TTL_MS);
        if (lease) await this.follow(lease);
        else await this.pause(1_000);
        backoffMs = 100;
      } catch (error) {
        if (this.abort.signal.aborted) break;
        this.logger.warn(`${(error as Error).message}; retrying in ${backoffMs} ms`);
        await this.pause(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 5_000);
      } finally {
        await lease?.release().catch(() => undefined);
      }
    }
  }

  private async follow(lease: RebuildLock): Promise<void> {
    const stored = await this.readSide.redis.get(this.keys.checkpoint);
    const from = stored === null ? await this.startFresh() : BigInt(stored);
    const subscription = this.readSide.store.subscribe({ fromPosition: from, filter: this.filter });
    this.subscription = subscription;
    // An idle subscription would not notice a lost lease (Redis emptied, process stalled): close it.
    const watch = setInterval(() => {
      try {
        lease.assertHeld();
      } catch {
        void subscription.close();
      }
    }, LEASE_TTL_MS / 3);
    try {
      if (this.abort.signal.aborted) return;
      const batcher = new EventBatcher(subscription[Symbol.asyncIterator](), BATCH);
      for (let batch = await batcher.next(); batch; batch = await batcher.next()) {
        lease.assertHeld();
        await this.handlers.handle(batch);
        await this.readSide.redis.set(this.keys.checkpoint, batch[batch.length - 1].position.toString());
      }
    } finally {
      clearInterval(watch);
      this.subscription = undefined;
      await subscription.close();
    }
  }

  private async startFresh(): Promise<bigint> {
    const from = await this.handlers.start();
    await this.readSide.redis.set(this.keys.checkpoint, from.toString());
    return from;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const signal = this.abort.signal;
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
    });
  }
}
