import type { RedisOptions } from 'ioredis';
import type { RedisClusterConfig } from '../config/redis-cluster-nodes';

/**
 * Nest token of the shared ioredis client (a RedisClient: one server or a Cluster). Anything that
 * WATCHes must `duplicate()` it: WATCH is per connection.
 */
export const REDIS = Symbol('Redis');

/** Nest token of the RedisSettings in use. */
export const REDIS_SETTINGS = Symbol('RedisSettings');

export interface RedisSettings {
  /** The server in use: REDIS_URL, or the embedded child's loopback address; unused with `cluster`. */
  url: string;
  /** The Redis Cluster in use (REDIS_CLUSTER_NODES) instead of one server: newRedisClient connects to either. */
  cluster?: RedisClusterConfig;
  /**
   * Prepended (by hand, not by ioredis's `keyPrefix`, which SCAN and Lua keys ignore) to every
   * key this product writes, so it can share a Redis with other products.
   */
  keyPrefix: string;
  /**
   * Options every other client of this Redis must include (newRedisClient adds them):
   * in embedded mode they make it follow the supervised server should a restart move its port.
   */
  clientOptions?: RedisOptions;
}
