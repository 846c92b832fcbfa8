/**
 * bench:deadlines — the deadline worker on a private redis-server and a temp SQLite log, compiled
 * and in a process of its own as `npm start` runs it (bench/deadlines-worker.js); this process
 * appends the recommendations, moves the clock and reads the marks from the log:
 *   1. burst: `count` deadlines due at one instant (added as delayed jobs by the sweep beforehand,
 *      up to GROUP_MAX steps per job); overdue marks/s from that instant to the last mark;
 *   2. overdue lag: deadlines falling due one after another while the worker runs; lag = the
 *      DeadlineMarkedOverdue event's recordedAt − the due instant, p50/p99;
 *   3. BullMQ alone: `count` delayed no-op jobs due at one instant, same Redis, same concurrency,
 *      in a plain `node` process too (bench/deadlines-raw.js); printed next to 1 as a ratio.
 * Policy for the run: no reminders, first escalation a day after the due instant, so each
 * deadline has exactly one step in the run (its overdue mark) and jobs/s = overdue marks/s.
 *
 *   npm run bench:deadlines -- [--count 100000] [--concurrency 8] [--lag-deadlines 2000] [--lag-seconds 20] [--lead-seconds 90]
 *
 * With BENCH_ROUTING=1 it measures routing instead (deadlines-routing.ts): the same burst with
 * the global feed only, then routed to three contacts each, and prints the ratio
 * ([--notify-concurrency 8] [--transport memory|smtp] besides --count, --concurrency, --lead-seconds).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { addDays, dateInZone } from '@app/kernel';
import { RedisServerProcess } from '@app/platform/redis';
import { GROUP_MAX, type DeadlinePolicy } from '@app/follow-up/processing';
import { buildIfChanged } from './compiled-build';
import { WorkerChild, rawNoopRate } from './deadlines-child';
import { OffsetClock, appendBurst, appendRecommendations, progress, waitFor } from './deadlines-fixture';
import { routingBench } from './deadlines-routing';
import { fmt, percentile } from './stats';
import { reportSummary } from './summary';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const policy: DeadlinePolicy = { reminderDaysBefore: [], ladder: [{ level: 1, to: 'unit_head', afterDays: 1 }] };

/** Overdue marks appended after `from`, with their lag behind the due instant (ms). */
async function overdueMarks(store: SqliteEventStore, from: bigint): Promise<Array<{ lagMs: number; recordedAt: number; position: bigint }>> {
  const marks: Array<{ lagMs: number; recordedAt: number; position: bigint }> = [];
  for await (const e of store.readAll({ fromPosition: from, filter: { eventTypes: ['DeadlineMarkedOverdue'] } })) {
    const recordedAt = Date.parse(e.metadata.recordedAt);
    marks.push({ lagMs: recordedAt - Date.parse(e.data.dueAt as string), recordedAt, position: e.position });
  }
  return marks;
}

async function main(): Promise<void> {
  const count = arg('count', 100_000);
  const concurrency = arg('concurrency', 8);
  if (process.env.BENCH_ROUTING === '1') {
    const at = process.argv.indexOf('--transport');
    const transport = at > 0 && process.argv[at + 1] === 'smtp' ? 'smtp' : 'memory';
    return routingBench(count, concurrency, arg('notify-concurrency', 8), arg('lead-seconds', 90) * 1000, transport);
  }
  const lagDeadlines = arg('lag-deadlines', 2_000);
  const lagSeconds = arg('lag-seconds', 20);
  const leadMs = arg('lead-seconds', 90) * 1000;

  // The worker runs from dist/ (bench/deadlines-worker.js): build it now if the sources changed.
  buildIfChanged();
  const dir = mkdtempSync(join(tmpdir(), 'bench-deadlines-'));
  const redis = await RedisServerProcess.start({ dir: null });
  privateRedis = redis;
  const keyPrefix = 'bench:';
  Object.assign(process.env, { DATA_DIR: dir, REDIS_URL: redis.url, REDIS_KEY_PREFIX: keyPrefix });
  const clock = new OffsetClock();
  // The bench appends the recommendations and reads the marks; the worker commits from its own process.
  const store = new SqliteEventStore(join(dir, 'events.db'), { clock: () => clock.now() });
  const worker = await WorkerChild.start(join(dir, 'events.db'), clock, {
    policy,
    notifications: { webhooks: [], webhookSecret: '', email: null },
    settings: { deadlineConcurrency: concurrency, sweepEveryMs: 1_000, horizonMs: 600_000, recheckMs: 600_000 },
  });

  // 1. Burst: `count` deadlines due at the end of one day, appended while that day is far ahead.
  const { dueAt, appendSeconds } = await appendBurst(worker, store, clock, count);
  let head = await store.headPosition();
  // Into the horizon: the next sweep adds every overdue job, delayed until dueAt.
  await worker.setClock(new Date(dueAt.getTime() - leadMs));
  const sweepStarted = Date.now();
  await waitFor('the sweep to add the burst', async () => (await worker.delayedSteps()) >= count, leadMs);
  const sweepSeconds = (Date.now() - sweepStarted) / 1000;
  progress(`burst queued in ${fmt(sweepSeconds)} s; due in ${fmt((dueAt.getTime() - clock.now().getTime()) / 1000)} s`);
  // Routing appends delivery records beside the marks: count the marks themselves, once the log has grown enough to hold them.
  const marksRecorded = async () => ((await store.headPosition()) >= head + BigInt(count) ? (await overdueMarks(store, head)).length : 0);
  await waitFor('every overdue mark of the burst', async () => (await marksRecorded()) >= count, 3_600_000, async () => `${(await store.headPosition()) - head} events after the burst's start`);
  const burst = await overdueMarks(store, head);
  if (burst.length !== count) throw new Error(`expected ${count} overdue marks, found ${burst.length}`);
  const burstSeconds = (Math.max(...burst.map((m) => m.recordedAt)) - dueAt.getTime()) / 1000;
  const burstRate = count / burstSeconds;

  // 2. Overdue lag: deadlines falling due over lagSeconds, starting 5 s from now (the burst's
  // next steps are a day away), once the reactor and the schedule have digested the burst.
  head = await store.headPosition();
  // Up to the last mark: the routing's delivery records after it are neither's to follow.
  const lastMark = burst.reduce((last, m) => (m.position > last ? m.position : last), 0n);
  const caughtUp = async () => {
    const { reactor, schedule } = await worker.checkpoints();
    return reactor >= lastMark && schedule >= lastMark;
  };
  await waitFor('the reactor and the schedule to catch up', caughtUp, 600_000);
  const lagStart = clock.now().getTime() + 5_000;
  await appendRecommendations(store, lagDeadlines, {
    issuedOn: dateInZone(clock.now(), 'WITA'),
    dueOn: addDays(dateInZone(clock.now(), 'WITA'), 1),
    now: clock.now(),
    dueAt: (i) => new Date(lagStart + Math.floor((i * lagSeconds * 1000) / lagDeadlines)).toISOString(),
  });
  await waitFor('the overdue marks of the lag run', async () => (await overdueMarks(store, head)).length === lagDeadlines, lagSeconds * 1000 + 120_000);
  const lags = (await overdueMarks(store, head)).map((m) => m.lagMs).sort((a, b) => a - b);
  await worker.close();
  await store.close();

  // 3. BullMQ alone, same Redis, same concurrency, same "due at one instant" shape.
  const raw = await rawNoopRate(redis.url, `${keyPrefix}bull`, count, concurrency, Math.max(10_000, sweepSeconds * 2_000));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });

  console.log(`bench:deadlines — private redis-server, SQLite log, worker concurrency ${concurrency}`);
  console.log(`  overdue lag   : ${fmt(lagDeadlines, 0)} deadlines falling due over ${lagSeconds} s while the worker runs`);
  console.log(`                  p50 ${fmt(percentile(lags, 50), 0)} ms   p99 ${fmt(percentile(lags, 99), 0)} ms   max ${fmt(lags[lags.length - 1], 0)} ms`);
  console.log(`  burst         : ${fmt(count, 0)} deadlines due at one instant (appended 100 per commit in ${fmt(appendSeconds)} s = ${fmt(count / appendSeconds)} recommendations/s; the sweep queued them in ${fmt(sweepSeconds)} s beforehand)`);
  console.log(`                  every overdue mark recorded ${fmt(burstSeconds)} s after the instant: ${fmt(burstRate)} jobs/s`);
  console.log(`  BullMQ no-op  : ${fmt(count, 0)} delayed no-op jobs due at one instant: ${fmt(raw)} jobs/s`);
  console.log(`  ratio         : ${fmt(burstRate / raw, 3)} (overdue marks per raw no-op job; steps due at one instant share a job, up to ${GROUP_MAX})`);
  const p50 = percentile(lags, 50);
  const p99 = percentile(lags, 99);
  reportSummary('deadlines', [
    {
      figure: `burst of ${count} due deadlines, c${concurrency}`,
      value: burstRate,
      unit: 'overdue marks/s',
      baseline: { label: 'BullMQ no-op jobs, same Redis', value: raw, unit: 'jobs/s' },
      ratio: burstRate / raw,
      target: '≥ 0.5',
      met: burstRate / raw >= 0.5,
    },
    { figure: 'overdue lag p50', value: p50, unit: 'ms' },
    { figure: 'overdue lag p99', value: p99, unit: 'ms', target: 'p99 < 1000 ms', met: p99 < 1_000 },
  ]);
}

/** Stopped when the bench fails part-way, so a failed run leaves no redis-server behind. */
let privateRedis: RedisServerProcess | undefined;

main().catch(async (error: unknown) => {
  console.error(error);
  await privateRedis?.stop().catch(() => undefined);
  process.exit(1);
});
