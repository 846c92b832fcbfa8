import type { RedisOptions } from 'ioredis';
import { newRedisClient, type RedisClient, type RedisSettings } from '@app/platform/redis';
import { startPrivateRedis } from './private-redis';
import { startPrivateRedisCluster } from './private-redis-cluster';

/** A private Redis of one shape or the other, as a test needs it. */
export interface RedisTopology {
  /** How it reads in a test name. */
  name: string;
  /** The environment that points the app at it: REDIS_URL or REDIS_CLUSTER_NODES. */
  env: Record<string, string>;
  /** What newRedisClient needs. */
  settings: Pick<RedisSettings, 'url' | 'cluster'>;
  /** A new client of it (the caller closes it). */
  client(options?: RedisOptions): RedisClient;
  stop(): Promise<void>;
}

async function singleRedis(): Promise<RedisTopology> {
  const server = await startPrivateRedis();
  const settings = { url: server.url };
  return { name: 'one Redis', env: { REDIS_URL: server.url }, settings, client: (options) => newRedisClient(settings, options), stop: () => server.stop() };
}

async function redisCluster(): Promise<RedisTopology> {
  const cluster = await startPrivateRedisCluster();
  const settings = { url: '', cluster: cluster.cluster };
  return { name: 'a three-master Redis Cluster', env: { REDIS_CLUSTER_NODES: cluster.nodesText }, settings, client: (options) => newRedisClient(settings, options), stop: () => cluster.stop() };
}

/**
 * For `describe.each(REDIS_TOPOLOGIES)('… on $name', ({ start }) => …)`: the read side and the
 * deadline workers must behave the same on one Redis and on a cluster. Start one per describe
 * block (beforeAll) and give each test its own key prefix.
 */
export const REDIS_TOPOLOGIES: Array<{ name: string; start(): Promise<RedisTopology> }> = [
  { name: 'one Redis', start: singleRedis },
  { name: 'a Redis Cluster', start: redisCluster },
];
