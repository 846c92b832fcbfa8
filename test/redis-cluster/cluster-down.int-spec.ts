import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/platform/config';
import { RedisConnection, isRedisUnreachable } from '@app/platform/redis';
import { startPrivateRedisCluster, type PrivateRedisCluster } from '../support/private-redis-cluster';

/**
 * With the whole cluster gone, the app's client fails commands as the single-server one does (a
 * query answers 503 ReadModelUnavailable), instead of queueing them until the cluster is back.
 */
describe('the shared client when the Redis Cluster is gone', () => {
  let cluster: PrivateRedisCluster;
  let dataDir: string;

  beforeAll(async () => {
    Logger.overrideLogger(['error']);
    cluster = await startPrivateRedisCluster();
    dataDir = mkdtempSync(join(tmpdir(), 'cluster-down-'));
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('rejects every command with an "unreachable" error, the one in flight and those after it', async () => {
    const connection = await RedisConnection.open(loadConfig({ DATA_DIR: dataDir, REDIS_CLUSTER_NODES: cluster.nodesText, REDIS_KEY_PREFIX: 'down:' }));
    try {
      await connection.client.set('down:a', '1');
      await cluster.stop();
      const outcomes: unknown[] = [];
      for (let i = 0; i < 3; i++) outcomes.push(await connection.client.get('down:a').then(() => 'answered', (error: unknown) => error));
      expect(outcomes.map((outcome) => isRedisUnreachable(outcome))).toEqual([true, true, true]);
    } finally {
      await connection.onApplicationShutdown();
    }
  });
});
