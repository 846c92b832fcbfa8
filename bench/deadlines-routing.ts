/**
 * bench:deadlines with BENCH_ROUTING=1 — the same burst twice, each on a fresh private
 * redis-server and temp SQLite log, with a real SMTP server in this process:
 *   feed    : every overdue mark e-mailed to the global list (NOTIFY_EMAIL_TO, one address);
 *   routing : every overdue mark routed to three contacts (liaison, unit head, Ombudsman
 *             officer) — a route job, three e-mails, and the delivery records on the log.
 * Measured from the instant the burst falls due until the last e-mail arrived; the ratio is
 * routed steps/s over feed steps/s.
 */
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { MemoryContactDirectory } from '@app/contacts/testing';
import { SqliteEventStore } from '@app/event-store';
import { addDays, dateInZone, endOfDayInstant } from '@app/kernel';
import { RedisServerProcess } from '@app/platform/redis';
import { ReadModelReader } from '@app/platform/projections';
import { DEADLINE_SCHEDULE, DeadlineQueues, SCHEDULE_KEYS, type DeadlinePolicy, type DeadlineProcessingOptions } from '@app/follow-up/processing';
import { createWorkerApp } from '../apps/worker/src/bootstrap';
import { OffsetClock, appendRecommendations } from './deadlines-fixture';
import { fmt } from './stats';

const policy: DeadlinePolicy = { reminderDaysBefore: [], ladder: [{ level: 1, to: 'unit_head', afterDays: 1 }] };
const FROM = 'Ombudsman RI <noreply@ombudsman.go.id>';
const progress = (line: string): void => void process.stderr.write(`  … ${line}\n`);

/** Counts messages and remembers when the last one arrived. */
async function countingSmtp(clock: OffsetClock): Promise<{ url: string; received: () => number; lastAt: () => number; stop: () => Promise<void> }> {
  let received = 0;
  let lastAt = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        lastAt = clock.now().getTime();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, lastAt: () => lastAt, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number, status?: () => Promise<string> | string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let report = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    if (status && Date.now() > report) {
      progress(`${what}: ${await status()}`);
      report = Date.now() + 10_000;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface BurstResult {
  seconds: number;
  mails: number;
  /** When the last overdue mark was recorded, after the instant: the deadline jobs' own share. */
  marksSeconds: number;
}

async function burst(mode: 'feed' | 'routing', count: number, concurrency: number, notifyConcurrency: number, leadMs: number): Promise<BurstResult> {
  const dir = mkdtempSync(join(tmpdir(), `bench-${mode}-`));
  const redis = await RedisServerProcess.start({ dir: null });
  const keyPrefix = 'bench:';
  Object.assign(process.env, { DATA_DIR: dir, REDIS_URL: redis.url, REDIS_KEY_PREFIX: keyPrefix });
  const clock = new OffsetClock();
  const smtp = await countingSmtp(clock);
  const store = new SqliteEventStore(join(dir, 'events.db'), { clock: () => clock.now() });
  const settings = { deadlineConcurrency: concurrency, notifyConcurrency, sweepEveryMs: 1_000, horizonMs: 600_000, recheckMs: 600_000 };
  const processing: Omit<DeadlineProcessingOptions, 'runWorkers'> =
    mode === 'feed'
      ? { policy, settings, contactDirectory: null, notifications: { webhooks: [], webhookSecret: '', email: { id: 'email', smtpUrl: smtp.url, from: FROM, to: ['pengawasan@ombudsman.go.id'] } } }
      : {
          policy,
          settings,
          contactDirectory: new MemoryContactDirectory([
            { contactId: 'liaison', role: 'liaison', entityCode: '64.01', provinceCode: '64', name: 'Siti Aminah', email: 'siti@paserkab.go.id' },
            { contactId: 'head', role: 'unit_head', entityCode: '64.01', provinceCode: '64', name: 'Kepala DPMPTSP', email: 'dpmptsp@paserkab.go.id' },
            { contactId: 'officer', role: 'ombudsman_officer', entityCode: null, provinceCode: '64', name: 'Budi Santoso', email: 'budi@ombudsman.go.id' },
          ]),
          notifications: { webhooks: [], webhookSecret: '', email: null, smtp: { smtpUrl: smtp.url, from: FROM } },
        };
  const app = await createWorkerApp({ eventStore: store, clock, logger: ['error'], processing });
  const queues = app.get(DeadlineQueues);
  const reader = app.get(ReadModelReader);
  const pendingCount = async () => {
    const view = await reader.active(DEADLINE_SCHEDULE);
    return view ? Number(await queues.connection.zcard(view.key(SCHEDULE_KEYS.pending))) : 0;
  };
  const today = dateInZone(clock.now(), 'WITA');
  const dueOn = addDays(today, 3);
  const dueAt = endOfDayInstant(dueOn, 'WITA');
  clock.set(new Date(dueAt.getTime() - 86_400_000));
  const before = await pendingCount();
  await appendRecommendations(store, count, { issuedOn: today, dueOn, now: clock.now() });
  await waitFor('the schedule to hold every deadline', async () => (await pendingCount()) >= before + 2 * count, 600_000);
  clock.set(new Date(dueAt.getTime() - leadMs));
  await waitFor('the sweep to add the burst', async () => (await queues.deadlines.getDelayedCount()) >= count, leadMs);
  const expected = mode === 'feed' ? count : 3 * count;
  await waitFor(`${mode}: every e-mail of the burst`, () => smtp.received() >= expected, 4 * 3_600_000, () => `${smtp.received()} of ${expected} e-mails`);
  const seconds = (smtp.lastAt() - dueAt.getTime()) / 1000;
  let lastMark = 0;
  for await (const e of store.readAll({ filter: { eventTypes: ['DeadlineMarkedOverdue'] } })) lastMark = Math.max(lastMark, Date.parse(e.metadata.recordedAt));
  await app.close();
  await smtp.stop();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
  return { seconds, mails: smtp.received(), marksSeconds: (lastMark - dueAt.getTime()) / 1000 };
}

export async function routingBench(count: number, concurrency: number, notifyConcurrency: number, leadMs: number): Promise<void> {
  const feed = await burst('feed', count, concurrency, notifyConcurrency, leadMs);
  progress(`feed: ${fmt(feed.seconds)} s`);
  const routing = await burst('routing', count, concurrency, notifyConcurrency, leadMs);
  const feedRate = count / feed.seconds;
  const routedRate = count / routing.seconds;
  console.log(`bench:deadlines (BENCH_ROUTING=1) — private redis-server, SQLite log, in-process SMTP server, deadline concurrency ${concurrency}, notify concurrency ${notifyConcurrency}`);
  console.log(`  global feed   : ${fmt(count, 0)} overdue marks due at one instant, each e-mailed to the list: last of ${fmt(feed.mails, 0)} e-mails ${fmt(feed.seconds)} s after the instant = ${fmt(feedRate)} steps/s`);
  console.log(`  routed        : the same burst, each routed to 3 contacts (route job, 3 e-mails, delivery records on the log): last of ${fmt(routing.mails, 0)} e-mails ${fmt(routing.seconds)} s after = ${fmt(routedRate)} steps/s`);
  console.log(`  overdue marks : all recorded ${fmt(feed.marksSeconds)} s (feed run) and ${fmt(routing.marksSeconds)} s (routed run) after the instant`);
  console.log(`  ratio         : ${fmt(routedRate / feedRate, 3)} (routed steps/s per feed-only steps/s)`);
}
