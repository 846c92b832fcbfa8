import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ProjectionKeys, readActive, replayToScratch } from '@app/platform/projections';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { categoryCountProjection } from './support/category-count.projection';
import { dumpNamespace, waitUntil } from './support/dump';
import { appendMany, readSideFixture, type ReadSideFixture } from './support/read-side-fixture';

const ROOT = resolve(__dirname, '../..');
const WORKER = 'test/read-side/support/projection-worker.ts';

/**
 * Issue 3: "a crash at any point neither skips nor double-applies". Real worker processes are
 * SIGKILLed while behind, at different points, some while another worker runs the same
 * projection; the read model they leave must equal a clean replay. Each worker is told to stop
 * taking events at a hold position short of the head, and is killed once its checkpoint has
 * passed an earlier target: wherever between the two it is (mid-batch, mid-commit, or waiting at
 * the hold), it is behind, however loaded the machine.
 */
describe('A projection worker killed mid-stream', () => {
  let redis: PrivateRedis;
  let f: ReadSideFixture;
  let dir: string;
  const projection = categoryCountProjection();
  const workers = new Set<Worker>();

  beforeAll(async () => {
    redis = await startPrivateRedis();
    dir = mkdtempSync(join(tmpdir(), 'projection-crash-'));
    f = readSideFixture(redis.url);
  });
  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    await f.close();
    rmSync(dir, { recursive: true, force: true });
    await redis.stop();
  });

  interface Worker {
    child: ChildProcess;
    stderr: () => string;
  }

  function startWorker(batchSize: number, holdAfter?: bigint): Worker {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', WORKER], {
      cwd: ROOT,
      env: {
        ...process.env,
        EVENTS_DB_PATH: join(f.dir, 'events.db'),
        REDIS_URL: redis.url,
        REDIS_KEY_PREFIX: f.readSide.keyPrefix,
        BATCH_SIZE: String(batchSize),
        HOLD_AFTER: holdAfter === undefined ? '' : String(holdAfter),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const worker = { child, stderr: () => stderr };
    workers.add(worker);
    return worker;
  }

  async function kill(worker: Worker, signal: NodeJS.Signals): Promise<void> {
    const exited = once(worker.child, 'exit');
    worker.child.kill(signal);
    await exited;
    workers.delete(worker);
  }

  const keys = (): ProjectionKeys => new ProjectionKeys(f.readSide.keyPrefix, projection.name);
  const checkpoint = async (): Promise<bigint> => (await readActive(f.redis, keys()))?.checkpoint ?? 0n;

  async function reach(target: bigint, ...alive: Worker[]): Promise<void> {
    await waitUntil(
      async () => {
        const dead = alive.find((worker) => worker.child.exitCode !== null);
        if (dead) throw new Error(`The worker exited early: ${dead.stderr()}`);
        return (await checkpoint()) >= target;
      },
      `checkpoint ${target}`,
      60_000,
    );
  }

  it('leaves exactly the read model a clean replay builds, however often it is killed', async () => {
    let head = await appendMany(f.store, 2_000, { perAppend: 25 });
    const kills: Array<{ at: bigint; hold: bigint; head: bigint }> = [];
    // Rounds: [batch size, fraction of the backlog to let it apply before the kill, workers].
    const rounds: Array<[number, number, number]> = [
      [16, 0.15, 1],
      [500, 0.5, 1],
      [7, 0.8, 1],
      [25, 0.35, 2],
      [3, 0.6, 1],
    ];
    for (const [batchSize, fraction, count] of rounds) {
      const from = await checkpoint();
      const target = from + BigInt(Math.max(1, Math.floor(Number(head - from) * fraction)));
      const hold = target + (head - target) / 2n;
      const started = Array.from({ length: count }, () => startWorker(batchSize, hold));
      // The log keeps growing while the worker runs.
      const appending = appendMany(f.store, 300, { perAppend: 5 });
      await reach(target, ...started);
      for (const worker of started) await kill(worker, 'SIGKILL');
      head = await appending;
      kills.push({ at: await checkpoint(), hold, head });
    }

    const last = startWorker(100);
    await reach(head, last);
    await kill(last, 'SIGTERM');

    // Every kill landed while the worker was still behind (at most at its hold), at different points.
    for (const { at, hold, head: then } of kills) {
      expect(at).toBeLessThanOrEqual(hold);
      expect(hold).toBeLessThan(then);
    }
    expect(new Set(kills.map((k) => k.at)).size).toBe(kills.length);

    const active = (await readActive(f.redis, keys()))!;
    const scratch = await replayToScratch(f.readSide, projection, {});
    const live = await dumpNamespace(f.redis, keys().namespace(active.generation));
    expect(live).toEqual(await dumpNamespace(f.redis, scratch.keyPrefix));
    const total = Object.values(live.counts as Record<string, string>).reduce((sum, n) => sum + Number(n), 0);
    expect(total).toBe(2_000 + 300 * rounds.length);
    expect(active.checkpoint).toBe(head);
    await scratch.drop();
  }, 180_000);
});
