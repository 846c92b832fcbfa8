import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_SETTINGS, type RedisSettings, type RedisClient } from '@app/platform/redis';
import type { ImportJobStatus } from './import-job-status';

/** How long a finished import's status stays readable. */
const STATUS_TTL_SECONDS = 7 * 24 * 3600;
/** A writing job renews its lease more often than this; without a lease, its writer is gone. */
export const LEASE_SECONDS = 30;

/**
 * Import job status in Redis, with a TTL. The status is a convenience for progress bars: what
 * an import wrote is in the event log whatever happens to Redis, and importing the file again
 * is always safe (each row replays instead of writing twice). So losing a status loses nothing
 * of the record, while keeping it in Redis lets any API replica answer GET /v1/imports/{id}.
 * A job that is `writing` but whose lease has expired was cut off (restart, crash): it reads
 * as `interrupted`.
 *
 * A job's keys (`<prefix>import:{<id>}`, `…:positions`, `…:lease`) carry the id as a Redis Cluster
 * hash tag, so the transaction that saves them reaches one slot. Statuses saved under the former
 * names (`import:<id>`) are not carried over: they are progress bars, not records (see above).
 */
@Injectable()
export class ImportJobStore {
  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(REDIS_SETTINGS) private readonly settings: RedisSettings,
  ) {}

  async save(status: Omit<ImportJobStatus, 'positions'>, newPositions: string[] = []): Promise<void> {
    const key = this.key(status.importId);
    const pipeline = this.redis.multi().set(key, JSON.stringify(status), 'EX', STATUS_TTL_SECONDS);
    if (newPositions.length > 0) pipeline.rpush(`${key}:positions`, ...newPositions);
    pipeline.expire(`${key}:positions`, STATUS_TTL_SECONDS);
    if (status.status === 'writing') pipeline.set(`${key}:lease`, '1', 'EX', LEASE_SECONDS);
    else pipeline.del(`${key}:lease`);
    await pipeline.exec();
  }

  async renewLease(importId: string): Promise<void> {
    await this.redis.set(`${this.key(importId)}:lease`, '1', 'EX', LEASE_SECONDS);
  }

  async load(importId: string): Promise<ImportJobStatus | null> {
    const key = this.key(importId);
    const [text, positions, lease] = await Promise.all([this.redis.get(key), this.redis.lrange(`${key}:positions`, 0, -1), this.redis.exists(`${key}:lease`)]);
    if (text === null) return null;
    const status: ImportJobStatus = { ...(JSON.parse(text) as Omit<ImportJobStatus, 'positions'>), positions };
    if (status.status === 'writing' && lease === 0) status.status = 'interrupted';
    return status;
  }

  private key(importId: string): string {
    return `${this.settings.keyPrefix}import:{${importId}}`;
  }
}
