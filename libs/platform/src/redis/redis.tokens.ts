import type { RedisOptions } from 'ioredis';

/** Nest token of the shared ioredis client. Anything that WATCHes must `duplicate()` it: WATCH is per connection. */
export const REDIS = Symbol('Redis');

/** Nest token of the RedisSettings in use. */
export const REDIS_SETTINGS = Symbol('RedisSettings');

export interface RedisSettings {
  /** The server in use: REDIS_URL, or the embedded child's loopback address. */
  url: string;
  /**
   * Prepended (by hand, not by ioredis's `keyPrefix`, which SCAN and Lua keys ignore) to every
   * key this product writes, so it can share a Redis with other products.
   */
  keyPrefix: string;
  /**
   * Options every other client of this Redis must include (`new Redis(url, {...clientOptions, …})`):
   * in embedded mode they make it follow the supervised server should a restart move its port.
   */
  clientOptions?: RedisOptions;
}
