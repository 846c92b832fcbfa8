import Redis, { Cluster, type RedisOptions } from 'ioredis';

/**
 * Longest a command of the shared client may take before it fails: a query must answer 503 in
 * about a second when Redis hangs (a dead host, a stopped process), not wait for TCP to notice.
 */
export const SHARED_COMMAND_TIMEOUT_MS = 750;

/** Reconnect quickly (a supervised embedded server is back within a second or two), at most every 500 ms. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(attempt * 100, 500);
}

/**
 * The shared client fails fast while Redis is gone: commands in flight or queued fail as soon as
 * a reconnect attempt fails (maxRetriesPerRequest 0), rather than after 20 attempts (10–40 s).
 * The offline queue stays on so commands issued during the first connect wait for it.
 */
export const SHARED_CLIENT_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: 0,
  commandTimeout: SHARED_COMMAND_TIMEOUT_MS,
  retryStrategy: reconnectDelayMs,
};

/**
 * The app's shared client. Its duplicates (projection runners, rebuilds, scratch replays) keep
 * the fail-fast reconnect behaviour but no command timeout: a large batch's Lua commit may
 * legitimately take longer than a query, and timing it out would only make it run again.
 */
export class SharedRedisClient extends Redis {
  override duplicate(override?: Partial<RedisOptions>): Redis {
    return new Redis({ ...this.options, commandTimeout: undefined, ...override });
  }
}

/** SharedRedisClient's counterpart on a Redis Cluster: its duplicates drop the command timeout likewise. */
export class SharedRedisCluster extends Cluster {
  override duplicate(overrideStartupNodes: unknown[] = [], overrideOptions: object = {}): Cluster {
    const redisOptions = { ...this.options.redisOptions, commandTimeout: undefined };
    return super.duplicate(overrideStartupNodes, { redisOptions, ...overrideOptions });
  }
}
