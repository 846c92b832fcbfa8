import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from 'ioredis';
import { loadConfig } from '@app/platform/config';
import { KEY_LAYOUT_VERSION, RedisConnection, closeClient, newRedisClient } from '@app/platform/redis';
import { startPrivateRedisCluster, type PrivateRedisCluster } from '../support/private-redis-cluster';

describe('a private Redis Cluster for tests', () => {
  let cluster: PrivateRedisCluster;

  beforeAll(async () => {
    cluster = await startPrivateRedisCluster();
  }, 30_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('has three masters that share the slots, and refuses keys of two slots in one script', async () => {
    const client = newRedisClient({ url: '', cluster: cluster.cluster });
    try {
      expect(client).toBeInstanceOf(Cluster);
      await client.set('a', '1');
      expect((client as Cluster).nodes('master')).toHaveLength(3);
      await expect(client.eval("return redis.call('mget', KEYS[1], KEYS[2])", 2, 'x:a', 'x:b')).rejects.toThrow(/CROSSSLOT|same slot/);
      expect(await client.eval("return redis.call('mget', KEYS[1], KEYS[2])", 2, '{x}:a', '{x}:b')).toEqual([null, null]);
    } finally {
      await closeClient(client);
    }
  });

  it('is what REDIS_CLUSTER_NODES connects the app to, with the key layout marked current', async () => {
    Logger.overrideLogger(['error']);
    const dataDir = mkdtempSync(join(tmpdir(), 'cluster-connection-'));
    const connection = await RedisConnection.open(loadConfig({ DATA_DIR: dataDir, REDIS_CLUSTER_NODES: cluster.nodesText, REDIS_KEY_PREFIX: 'conn:' }));
    try {
      expect(connection.client).toBeInstanceOf(Cluster);
      expect(connection.settings.cluster?.nodes).toHaveLength(3);
      expect(await connection.client.get('conn:key-layout')).toBe(String(KEY_LAYOUT_VERSION));
      // Runners' duplicates keep failing fast but have no command timeout (a large batch may take longer than a query).
      const duplicate = connection.client.duplicate() as Cluster;
      expect(duplicate.options.redisOptions?.commandTimeout).toBeUndefined();
      expect(duplicate.options.redisOptions?.maxRetriesPerRequest).toBe(0);
      duplicate.disconnect();
    } finally {
      await connection.onApplicationShutdown();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
