import { Cluster } from 'ioredis';
import { closeClient, newRedisClient } from '@app/platform/redis';
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
});
