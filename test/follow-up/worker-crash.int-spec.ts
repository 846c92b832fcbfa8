import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { addDays, dateInZone } from '@app/kernel';
import { SqliteEventStore, UpcasterRegistry } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import { QUEUE_NAMES, bullPrefix } from '@app/follow-up/processing';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { Recommendations } from './support/recommendations';
import { duplicates, recordedSteps, waitUntil } from './support/step-events';
import { WorkerProcess } from './support/worker-process';
import { holdWriteLock, type WriteLock } from './support/write-lock';

// Generous bounds: they only turn a hang into a failure; a loaded machine just takes longer.
jest.setTimeout(300_000);

// Due at the end of yesterday (under a day ago, so live, not a late record): overdue and escalation level 1.
const PAST_DUE = 150;
const DUE_SOON = 50; // due in six days: the 7-day reminder only (under a day past its instant)
const EXPECTED = PAST_DUE * 2 + DUE_SOON;

describe('killing the worker process mid-job', () => {
  let server: PrivateRedis;
  let dataDir: string;
  let store: SqliteEventStore;
  let redis: Redis;
  let queue: Queue;
  const workers: WorkerProcess[] = [];
  const keyPrefix = 'crash:';

  beforeAll(async () => {
    server = await startPrivateRedis();
    dataDir = mkdtempSync(join(tmpdir(), 'worker-crash-'));
    store = new SqliteEventStore(join(dataDir, 'events.db'), { pollIntervalMs: 20 });
    redis = new Redis(server.url);
    queue = new Queue(QUEUE_NAMES.deadlines, { connection: redis, prefix: bullPrefix(keyPrefix) });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await queue.close();
    redis.disconnect();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    await server.stop();
  });

  const startWorker = (): WorkerProcess => {
    const worker = WorkerProcess.start({
      DATA_DIR: dataDir,
      EVENTS_DB_PATH: join(dataDir, 'events.db'),
      REDIS_URL: server.url,
      REDIS_KEY_PREFIX: keyPrefix,
      JOB_LOCK_MS: '2000',
      DEADLINE_SWEEP_EVERY_MS: '1000',
      DEADLINE_RECHECK_MS: '1000',
      DEADLINE_CONCURRENCY: '8',
    });
    workers.push(worker);
    return worker;
  };
  const recorded = async () => (await recordedSteps(store)).length;

  it('loses no reminder, overdue mark or escalation, and duplicates none', async () => {
    const recommendations = new Recommendations(new AggregateStore(store, new UpcasterRegistry()), () => new Date());
    const today = dateInZone(new Date(), 'WITA');
    const pastDue: string[] = [];
    const dueSoon: string[] = [];
    // Before the worker exists: found by the start-up sweep once the schedule is built.
    for (let i = 0; i < PAST_DUE / 2; i++) pastDue.push(await recommendations.issue(addDays(today, -1)));
    for (let i = 0; i < DUE_SOON; i++) dueSoon.push(await recommendations.issue(addDays(today, 6)));

    const first = startWorker();
    await waitUntil(async () => (await redis.get(`${keyPrefix}deadlines:reactor:checkpoint`)) !== null || !first.running, 'the worker to start', 120_000);
    expect([first.running, first.log]).toEqual([true, expect.any(String)]);
    // While it runs: scheduled by the reactor.
    for (let i = 0; i < PAST_DUE / 2; i++) pastDue.push(await recommendations.issue(addDays(today, -1)));

    // Look under the store's write lock: the worker cannot record anything between the look and
    // the kill, so it dies with its jobs mid-way (its next append waiting on the lock).
    let lock: WriteLock | undefined;
    await waitUntil(
      async () => {
        lock = holdWriteLock(join(dataDir, 'events.db'));
        if ((await recorded()) >= 150) return true;
        lock.release();
        return false;
      },
      'some steps to be recorded',
      60_000,
    );
    const atKill = await recorded();
    const before = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
    await first.kill();
    lock!.release();
    expect(atKill).toBeLessThan(EXPECTED);
    expect(before.active + before.waiting + before.delayed + before.prioritized).toBeGreaterThan(0);

    const second = startWorker();
    await waitUntil(async () => (await recorded()) === EXPECTED || !second.running, `all ${EXPECTED} steps (worker log:\n${second.log})`, 90_000);
    // Every job the killed worker left locked has been taken up again (stalled jobs stay "active" until
    // then) and run to its end: nothing is left that could still record a step.
    await waitUntil(async () => {
      const left = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
      return left.active + left.waiting + left.delayed + left.prioritized === 0;
    }, 'the deadline queue to drain', 60_000);
    expect(await queue.getFailedCount()).toBe(0);

    const steps = await recordedSteps(store);
    expect(duplicates(steps)).toEqual([]);
    expect(steps).toHaveLength(EXPECTED);
    const stepsOf = (id: string) => steps.filter((s) => s.stream === `recommendation-${id}`).map((s) => `v${s.version}:${s.step}`).sort();
    for (const id of pastDue) expect(stepsOf(id)).toEqual(['v1:escalation-1', 'v1:overdue']);
    for (const id of dueSoon) expect(stepsOf(id)).toEqual(['v1:reminder-7d']);
    await second.stop();
    expect(second.log).toContain('Deadline workers stopped');
  });
});
