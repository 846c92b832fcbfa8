import type { RedisClient } from '@app/platform/redis';

const DELIVERED_TTL_SECONDS = 30 * 86_400;

/**
 * "This delivery went through": one Redis key per notification job id, set (NX) right after the
 * target accepted it and before the job is acknowledged. Whoever delivers — the job itself, a
 * re-run of it, or the route job making a recipient's first attempt — checks it first and never
 * sends a second time after a success.
 */
export class DeliveredMarks {
  constructor(
    private readonly redis: RedisClient,
    private readonly keyPrefix: string,
  ) {}

  key(jobId: string): string {
    return `${this.keyPrefix}notify:delivered:${jobId}`;
  }

  async isDelivered(jobId: string): Promise<boolean> {
    return (await this.redis.exists(this.key(jobId))) === 1;
  }

  async mark(jobId: string): Promise<void> {
    await this.redis.set(this.key(jobId), '1', 'EX', DELIVERED_TTL_SECONDS, 'NX');
  }
}
