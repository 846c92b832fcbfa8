import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type ConnectionOptions } from 'bullmq';
import { closeClient, newRedisClient, type RedisClient, type RedisSettings } from '@app/platform/redis';
import type { DeadlineGroupJobData } from '../deadlines/deadline-groups';
import type { ProcessingSettings } from '../processing-settings';
import { SHUTDOWN_BUDGET_MS, settlesWithin } from '../shutdown/settles-within';
import { DeadlineJobData, NotificationJobData, QUEUE_NAMES, SweepJobData } from './job-types';

/**
 * The three BullMQ queues on the app's Redis, under `<REDIS_KEY_PREFIX>{bull}:<queue>:…` so a
 * shared Redis is safe. `{bull}` is a Redis Cluster hash tag: BullMQ's scripts touch many keys of
 * a queue at once, so they must share a slot (BullMQ's own advice for clusters: a braced prefix).
 * The three queues share it too, as one tag per queue would need its own prefix per queue and
 * nothing is gained: a queue's traffic goes to one master either way. Completed deadline jobs are removed at once: a kept one would make a
 * sweep's re-add of its id a no-op, and a step wrongly judged void could then wait for hours;
 * a removed one re-runs and the decider records nothing. Failed jobs stay until an admin retries them.
 */
export class DeadlineQueues implements OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineQueues');
  /** One step per job, or a group of steps due at one instant (DeadlineJobs). */
  readonly deadlines: Queue<DeadlineJobData | DeadlineGroupJobData>;
  readonly notifications: Queue<NotificationJobData>;
  readonly maintenance: Queue<SweepJobData>;
  /** BullMQ needs maxRetriesPerRequest null: its blocking commands must wait, not fail. */
  readonly connection: RedisClient;
  readonly prefix: string;

  constructor(redis: RedisSettings, settings: ProcessingSettings) {
    this.connection = newRedisClient(redis, { maxRetriesPerRequest: null, connectionName: 'ombudsman-follow-up:queues' });
    // ioredis reports errors on the emitter (a listener is required); it reconnects by itself.
    this.connection.on('error', (error: Error) => this.logger.warn(`Queue connection: ${error.message}`));
    this.prefix = bullPrefix(redis.keyPrefix);
    const base = { connection: this.connection, prefix: this.prefix };
    this.deadlines = new Queue(QUEUE_NAMES.deadlines, {
      ...base,
      defaultJobOptions: {
        attempts: settings.deadlineAttempts,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: true,
        removeOnFail: false,
      },
    });
    this.notifications = new Queue(QUEUE_NAMES.notifications, {
      ...base,
      defaultJobOptions: {
        attempts: settings.notifyAttempts,
        backoff: { type: 'exponential', delay: settings.notifyBackoffMs },
        removeOnComplete: { age: 7 * 86_400, count: 10_000 },
        removeOnFail: false,
      },
    });
    this.maintenance = new Queue(QUEUE_NAMES.maintenance, { ...base, defaultJobOptions: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } });
    // Without a listener BullMQ prints every reconnect failure to the console while Redis is gone.
    for (const queue of this.all()) queue.on('error', (error: Error) => this.logger.debug(`${queue.name}: ${error.message}`));
  }

  all(): Queue[] {
    return [this.deadlines, this.notifications, this.maintenance];
  }

  /** For Workers: they share the connection and open their own blocking one. */
  workerConnection(): ConnectionOptions {
    return this.connection;
  }

  /** Bounded: with Redis gone a QUIT would wait in the offline queue for ever. */
  async onApplicationShutdown(): Promise<void> {
    await settlesWithin(Promise.all(this.all().map((queue) => queue.close())), SHUTDOWN_BUDGET_MS.forced);
    await closeClient(this.connection, SHUTDOWN_BUDGET_MS.quit);
  }
}

/** BullMQ's prefix for REDIS_KEY_PREFIX: its keys are `<prefix>:<queue>:…`. */
export function bullPrefix(keyPrefix: string): string {
  return `${keyPrefix}{bull}`;
}
