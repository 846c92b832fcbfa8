import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS, type RedisClient } from '@app/platform/redis';
import { ProblemLog, type ComponentHealth } from './component-health';
import { withinBudget } from './health-deadline';

/** Redis (read models, checkpoints, queues) answers PING within the health budget. */
@Injectable()
export class RedisHealthIndicator {
  private readonly problems = new ProblemLog(new Logger('Health redis'));

  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async check(): Promise<ComponentHealth> {
    try {
      // A client that is not connected would queue the PING or fail it only after a while: say so now.
      if (this.redis.status !== 'ready') throw new Error(`not connected (client ${this.redis.status})`);
      await withinBudget(this.redis.ping(), 'Redis PING');
      return this.problems.note({ up: true, summary: {}, details: {} });
    } catch (error) {
      const message = (error as Error).message;
      return this.problems.note({ up: false, summary: {}, details: { message }, problem: message });
    }
  }
}
