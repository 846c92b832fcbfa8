import Redis, { Cluster, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { RedisClusterConfig } from '../config/redis-cluster-nodes';
import type { RedisSettings } from './redis.tokens';

/**
 * A client of the app's Redis: one server (REDIS_URL, embedded) or a Redis Cluster
 * (REDIS_CLUSTER_NODES). Code that only sends commands takes either; keys that must meet in one
 * script, transaction or multi-key command share a hash tag, so they also meet in one slot.
 */
export type RedisClient = Redis | Cluster;

/**
 * A new client of the same Redis as `settings` (BullMQ's connection, a test's own client), with
 * `options` on top of the settings' own. On a cluster they apply to each node's connection,
 * except `retryStrategy`, which becomes the cluster's.
 */
export function newRedisClient(settings: Pick<RedisSettings, 'url' | 'cluster' | 'clientOptions'>, options: RedisOptions = {}): RedisClient {
  const merged: RedisOptions = { ...settings.clientOptions, ...options };
  return settings.cluster ? new Cluster(settings.cluster.nodes, clusterOptions(settings.cluster, merged)) : new Redis(settings.url, merged);
}

/** ioredis Cluster options from per-connection options: node options go under `redisOptions`. */
export function clusterOptions(cluster: RedisClusterConfig, options: RedisOptions): ClusterOptions {
  const { retryStrategy, enableOfflineQueue, host: _host, port: _port, path: _path, sentinels: _sentinels, readOnly: _readOnly, ...node } = options;
  return {
    ...(retryStrategy === undefined ? {} : { clusterRetryStrategy: retryStrategy }),
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    redisOptions: {
      ...node,
      ...(cluster.username ? { username: cluster.username } : {}),
      ...(cluster.password ? { password: cluster.password } : {}),
      ...(cluster.tls ? { tls: {} } : {}),
    },
  };
}

/**
 * The connections a keyspace walk must visit: every master of a cluster (SCAN only sees the keys
 * of the node it is sent to), or the one server.
 */
export async function keyspaceNodes(client: RedisClient): Promise<Redis[]> {
  if (!(client instanceof Cluster)) return [client];
  // The cluster knows its masters once it has read the slot map; a first command waits for that.
  if (client.status !== 'ready') await client.ping();
  return client.nodes('master');
}

/** Every key matching `pattern`, a page (up to about `count`) at a time, from every node. */
export async function* scanKeys(client: RedisClient, pattern: string, count = 1000): AsyncGenerator<string[]> {
  for (const node of await keyspaceNodes(client)) {
    let cursor = '0';
    do {
      const [next, found] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', count);
      cursor = next;
      if (found.length > 0) yield found;
    } while (cursor !== '0');
  }
}

/** `text` as a SCAN MATCH pattern that matches only itself. */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
