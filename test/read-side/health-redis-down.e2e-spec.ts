import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SqliteEventStore } from '@app/event-store';
import { LocalTokenMinter } from '@app/platform/auth';
import { ManualClock } from '@app/platform/clock';
import { RedisServerProcess } from '@app/platform/redis';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { waitUntil } from './support/dump';

/**
 * The real API on a private redis-server this suite stops (SIGSTOP: the socket stays open and
 * nothing answers) and kills (SIGKILL: connections refused). Not the embedded server: its
 * supervisor would restart it at once.
 */
describe('/health while Redis is gone', () => {
  let server: RedisServerProcess;
  let dataDir: string;
  let app: NestFastifyApplication;
  let adminToken: string;
  const env = { DATA_DIR: process.env.DATA_DIR, REDIS_URL: process.env.REDIS_URL };

  beforeAll(async () => {
    server = await RedisServerProcess.start({ dir: null });
    dataDir = mkdtempSync(join(tmpdir(), 'health-redis-'));
    process.env.DATA_DIR = dataDir;
    process.env.REDIS_URL = server.url;
    app = await createApiApp({ eventStore: new SqliteEventStore(join(dataDir, 'events.db')), clock: new ManualClock(new Date('2026-11-22T03:00:00Z')), logger: false });
    adminToken = await app.get(LocalTokenMinter).mint({ sub: 'admin-1', role: 'admin' });
    await waitUntil(async () => (await health()).statusCode === 200, 'the read side to be built');
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.env.DATA_DIR = env.DATA_DIR;
    if (env.REDIS_URL === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = env.REDIS_URL;
  });

  const health = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/health', headers });
  const asAdmin = () => health({ authorization: `Bearer ${adminToken}` });

  /** Elapsed times, printed for the record; the budget itself is proven with a driven clock in health-deadline.spec.ts. */
  async function timed(what: string) {
    const started = performance.now();
    const res = await health();
    process.stdout.write(`/health ${what}: ${res.statusCode} in ${Math.round(performance.now() - started)} ms\n`);
    return res;
  }

  it('shows anonymous callers each component and projection status, and admins the details', async () => {
    const anonymous = (await health()).json();
    expect(anonymous.details.eventStore).toEqual({ status: 'up' });
    expect(anonymous.details.redis).toEqual({ status: 'up' });
    expect(anonymous.details.projections).toMatchObject({ status: 'up', compliance: { status: 'up' }, recommendations: { status: 'up' } });
    expect(JSON.stringify(anonymous)).not.toMatch(/eventsBehind|headPosition|generation/);
    const admin = (await asAdmin()).json();
    expect(admin.details.eventStore).toMatchObject({ status: 'up', headPosition: expect.any(String) });
    expect(admin.details.projections.compliance).toMatchObject({ healthy: true, eventsBehind: 0 });
  });

  it('answers 503 naming Redis while it hangs, without its error text', async () => {
    process.kill(server.pid!, 'SIGSTOP');
    try {
      const res = await timed('with redis-server stopped');
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatchObject({ redis: { status: 'down' } });
      expect(res.json().details.redis).toEqual({ status: 'down' });
      expect(res.body).not.toMatch(/timed out|did not answer|ECONN|not connected/i);
      const admin = await asAdmin();
      expect(admin.statusCode).toBe(503);
      expect(admin.json().details.redis.message).toMatch(/did not answer|timed out/i);
    } finally {
      process.kill(server.pid!, 'SIGCONT');
    }
    await waitUntil(async () => (await health()).statusCode === 200, 'health to recover once Redis answers again');
  });

  it('answers 503 naming Redis and the read side once it is killed, and recovers when it is back', async () => {
    const port = server.port;
    // BullMQ's workers print every refused reconnect to the console; expected here, and only noise.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    process.kill(server.pid!, 'SIGKILL');
    await server.exited;
    const res = await timed('with redis-server killed');
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toMatchObject({ redis: { status: 'down' }, projections: { status: 'down' } });
    expect(res.json().details.eventStore).toEqual({ status: 'up' });
    expect(res.body).not.toMatch(/ECONN|not connected|connection|closed/i);
    expect((await asAdmin()).json().details.redis.message).toMatch(/not connected|ECONNREFUSED|closed/i);

    server = await RedisServerProcess.start({ dir: null, port });
    await waitUntil(async () => (await health()).statusCode === 200, 'health to recover on a fresh Redis', 20_000);
    quiet.mockRestore();
  }, 30_000);
});
