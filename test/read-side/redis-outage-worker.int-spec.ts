import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { RedisServerProcess } from '@app/platform/redis';
import { WorkerProcess } from '../follow-up/support/worker-process';

async function until(what: string, probe: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** apps/worker as production starts it: its BullMQ workers, runners and reactor must not hold a stop hostage to a dead Redis. */
describe('the worker process with Redis down', () => {
  let dataDir: string;
  let redis: RedisServerProcess;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redis-outage-worker-'));
    redis = await RedisServerProcess.start({ dir: null });
  });
  afterAll(async () => {
    await worker?.kill();
    await redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits within 10 s of SIGTERM', async () => {
    worker = WorkerProcess.start({ DATA_DIR: dataDir, EVENTS_DB_PATH: join(dataDir, 'events.db'), REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'stop:', DEADLINE_SWEEP_EVERY_MS: '1000' });
    const running = worker;
    const probe = new Redis(redis.url);
    probe.on('error', () => undefined);
    try {
      await until('the worker to start', async () => !running.running || (await probe.get('stop:deadlines:reactor:checkpoint')) !== null, 120_000);
    } finally {
      probe.disconnect();
    }
    expect([running.running, running.log]).toEqual([true, expect.any(String)]);

    await redis.stop();
    await until('the worker to notice', () => running.log.includes('ECONNREFUSED') || running.log.includes('Connection is closed'), 10_000);
    const signalledAt = Date.now();
    const stopping = running.stop();
    const bound = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 15_000).unref());
    const exit = await Promise.race([stopping, bound]);
    const took = Date.now() - signalledAt;
    console.log(`worker: SIGTERM with Redis down → ${JSON.stringify(exit)} after ${took} ms`);
    if (exit === 'still running') throw new Error(`Did not exit within 15 s of SIGTERM:\n${running.log}`);
    expect(exit).toEqual({ code: null, signal: 'SIGTERM' });
    expect(took).toBeLessThan(10_000);
  }, 180_000);
});
