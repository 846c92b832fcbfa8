import { Test } from '@nestjs/testing';
import { Logger } from '@nestjs/common';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Redis from 'ioredis';
import { APP_CONFIG, loadConfig, type AppConfig } from '@app/platform/config';
import { NO_REDIS_MESSAGE, REDIS, REDIS_SETTINGS, RedisConnection, RedisModule, RedisServerProcess, RedisUnavailableError, type RedisSettings } from '@app/platform/redis';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';

async function openRedisModule(config: AppConfig) {
  const moduleRef = await Test.createTestingModule({ imports: [RedisModule] }).overrideProvider(APP_CONFIG).useValue(config).compile();
  await moduleRef.init();
  return { redis: moduleRef.get<Redis>(REDIS), settings: moduleRef.get<RedisSettings>(REDIS_SETTINGS), close: () => moduleRef.close() };
}

function configFor(dataDir: string, env: Record<string, string> = {}): AppConfig {
  return loadConfig({ DATA_DIR: dataDir, ...env });
}

async function refusesConnections(url: string): Promise<boolean> {
  const { connect } = await import('node:net');
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    socket.on('connect', () => (socket.destroy(), resolve(false)));
    socket.on('error', () => resolve(true));
  });
}

describe('RedisModule', () => {
  let dataDir: string;
  beforeAll(() => Logger.overrideLogger(['error']));
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'redis-module-'));
  });
  afterEach(() => {
    // A failed test may leave its embedded server running: it is this test's own child, so end it.
    const recordPath = join(dataDir, 'redis', 'server.json');
    if (existsSync(recordPath)) {
      const { pid } = JSON.parse(readFileSync(recordPath, 'utf8')) as { pid: number };
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('with REDIS_URL', () => {
    let server: PrivateRedis;
    beforeAll(async () => {
      server = await startPrivateRedis();
    });
    afterAll(async () => {
      await server.stop();
    });

    it('connects to it, with the configured key prefix, and leaves it running on shutdown', async () => {
      const app = await openRedisModule(configFor(dataDir, { REDIS_URL: server.url, REDIS_KEY_PREFIX: 'mine:' }));
      expect(app.settings).toEqual({ url: server.url, keyPrefix: 'mine:' });
      expect(await app.redis.ping()).toBe('PONG');
      await app.close();
      expect(app.redis.status).toBe('end');
      expect(await refusesConnections(server.url)).toBe(false);
      expect(existsSync(join(dataDir, 'redis'))).toBe(false);
    });
  });

  describe('embedded', () => {
    it('starts redis-server with an AOF under DATA_DIR/redis and stops it on shutdown', async () => {
      const app = await openRedisModule(configFor(dataDir));
      expect(app.settings.keyPrefix).toBe('ofu:');
      expect(app.settings.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
      await app.redis.set('ofu:probe', '1');
      expect(await app.redis.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      await app.close();
      expect(await refusesConnections(app.settings.url)).toBe(true);
      expect(existsSync(join(dataDir, 'redis', 'appendonlydir'))).toBe(true);

      // The data outlives the process.
      const again = await openRedisModule(configFor(dataDir));
      expect(await again.redis.get('ofu:probe')).toBe('1');
      await again.close();
    });

    it('lets a second app on the same data dir (the CLI) share the running server rather than start another', async () => {
      const owner = await openRedisModule(configFor(dataDir));
      const borrower = await openRedisModule(configFor(dataDir));
      expect(borrower.settings.url).toBe(owner.settings.url);
      await borrower.close();
      expect(await owner.redis.ping()).toBe('PONG');
      await owner.close();
      expect(await refusesConnections(owner.settings.url)).toBe(true);
    });

    it('adopts a server whose owner died, and stops it on its own shutdown', async () => {
      // Started by a process that was then SIGKILLed: the redis-server child lives on, its owner is gone.
      const redisDir = join(dataDir, 'redis');
      const orphan = await RedisServerProcess.start({ dir: redisDir, pidFile: join(redisDir, 'redis.pid') });
      const deadOwner = 2 ** 22 + 17;
      const recordPath = join(redisDir, 'server.json');
      writeFileSync(recordPath, JSON.stringify({ url: orphan.url, pid: orphan.pid, ownerPid: deadOwner }));
      writeFileSync(join(redisDir, 'lock'), String(deadOwner));

      const adopter = await openRedisModule(configFor(dataDir));
      expect(adopter.settings.url).toBe(orphan.url);
      await adopter.close();
      await orphan.exited;
      expect(await refusesConnections(orphan.url)).toBe(true);
      expect(existsSync(recordPath)).toBe(false);
    });

    it('fails at startup with a message saying how to get Redis when there is neither REDIS_URL nor redis-server', async () => {
      // (Jest sandboxes process.env, so PATH cannot be emptied for real here: name a missing binary instead.)
      await expect(RedisConnection.open(configFor(dataDir), join(dataDir, 'no-such-redis-server'))).rejects.toThrow(NO_REDIS_MESSAGE);
      await expect(RedisServerProcess.start({ dir: null, binary: join(dataDir, 'no-such-redis-server') })).rejects.toThrow(RedisUnavailableError);
    });
  });
});
