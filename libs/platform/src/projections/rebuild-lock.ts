import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../redis/redis-client';

// Compare-and-act on the token, so a holder whose lock expired cannot touch its successor's.
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export class RebuildLockLost extends Error {
  override name = 'RebuildLockLost';
}

/**
 * At most one rebuild of a projection at a time, across processes: SET NX PX, renewed at a third
 * of its time to live. A crashed holder's lock expires by itself.
 */
export class RebuildLock {
  private lost = false;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    private readonly redis: RedisClient,
    readonly key: string,
    readonly token: string,
    ttlMs: number,
  ) {
    this.timer = setInterval(() => void this.renew(ttlMs), Math.max(10, Math.floor(ttlMs / 3)));
    this.timer.unref();
  }

  /** The lock, or null when another process holds it. */
  static async acquire(redis: RedisClient, key: string, ttlMs: number): Promise<RebuildLock | null> {
    const token = randomUUID();
    const reply = await redis.set(key, token, 'PX', ttlMs, 'NX');
    return reply === 'OK' ? new RebuildLock(redis, key, token, ttlMs) : null;
  }

  /** Throws once a renewal has found the lock gone (expired while this process stalled). */
  assertHeld(): void {
    if (this.lost) throw new RebuildLockLost(`Lost the rebuild lock ${this.key}; another process may be rebuilding`);
  }

  async release(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.eval(RELEASE, 1, this.key, this.token);
  }

  private async renew(ttlMs: number): Promise<void> {
    try {
      if ((await this.redis.eval(RENEW, 1, this.key, this.token, ttlMs)) === 0) this.lost = true;
    } catch {
      // A Redis blip: the next renewal tries again; if the lock expires meanwhile, it reports it lost.
    }
  }
}
