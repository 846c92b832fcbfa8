/**
 * bench:deadlines with BENCH_ROUTING=1 — the same burst twice, each on a fresh private
 * redis-server and temp SQLite log:
 *   feed    : every overdue mark e-mailed to the global list (NOTIFY_EMAIL_TO, one address);
 *   routing : every overdue mark routed to three contacts (liaison, unit head, Ombudsman
 *             officer) — a route job, three e-mails, and the delivery records on the log.
 * Measured from the instant the burst falls due until the last e-mail was handed over; the
 * ratio is routed steps/s over feed steps/s.
 *
 * Each burst has a budget (`--budget-seconds`, default 360 from the instant): a burst that has
 * not handed over every e-mail by then is stopped and its rate taken from the e-mails so far
 * (marked "partial"), so a 100,000 run ends in about a quarter of an hour whatever happens.
 * Redis's own command counts (INFO commandstats of each private server, reset at the instant,
 * so the setup is not counted) are printed per step: the cost a routed step puts on the shared
 * queue, next to the feed's.
 *
 * `--transport memory` (default): nodemailer's JSON transport, counted in this process — each
 * e-mail is composed as for SMTP but no socket is opened, so the figure is the workers' own cost.
 * `--transport smtp`: a real SMTP server (smtp-server, as the tests use) in this process, with
 * pooled connections for both runs; it shares the CPU with the workers it measures.
 */
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { MemoryContactDirectory } from '@app/contacts/testing';
import { SqliteEventStore } from '@app/event-store';
import { RedisServerProcess } from '@app/platform/redis';
import { DeadlineQueues, type DeadlinePolicy, type DeadlineProcessingOptions } from '@app/follow-up/processing';
import Redis from 'ioredis';
import { createWorkerApp } from '../apps/worker/src/bootstrap';
import { OffsetClock, appendBurst, delayedSteps, inProcessProbe, progress, waitFor } from './deadlines-fixture';
import { fmt } from './stats';
import { reportSummary, type SummaryRow } from './summary';

const policy: DeadlinePolicy = { reminderDaysBefore: [], ladder: [{ level: 1, to: 'unit_head', afterDays: 1 }] };
const FROM = 'Ombudsman RI <noreply@ombudsman.go.id>';

export type BenchTransport = 'memory' | 'smtp';

/** Where the e-mails go: counts them and remembers when the last one was handed over. */
interface MailSink {
  url: string;
  received: () => number;
  lastAt: () => number;
  stop: () => Promise<void>;
}

const sink = (transport: BenchTransport, clock: OffsetClock): Promise<MailSink> => (transport === 'memory' ? Promise.resolve(countingJson(clock)) : countingSmtp(clock));

/**
 * nodemailer's JSON transport (`jsonTransport=true` in the SMTP URL, so the app's own wiring
 * picks it), counted by wrapping its `send`: the message is built, nothing leaves the process.
 */
function countingJson(clock: OffsetClock): MailSink {
  let received = 0;
  let lastAt = 0;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- nodemailer's transport class is not in its public types
  const JsonTransport = require('nodemailer/lib/json-transport') as { prototype: { send: (mail: unknown, done: (error: Error | null, info?: unknown) => void) => void } };
  const send = JsonTransport.prototype.send;
  JsonTransport.prototype.send = function (mail, done) {
    send.call(this, mail, (error, info) => {
      if (!error) {
        received += 1;
        lastAt = clock.now().getTime();
      }
      done(error, info);
    });
  };
  return {
    url: 'smtp://127.0.0.1:25?jsonTransport=true&pool=false',
    received: () => received,
    lastAt: () => lastAt,
    stop: () => {
      JsonTransport.prototype.send = send;
      return Promise.resolve();
    },
  };
}

/** A real SMTP server in this process; both runs pool their connections to it. */
async function countingSmtp(clock: OffsetClock): Promise<MailSink> {
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
  return { url: `smtp://127.0.0.1:${port}?pool=true`, received: () => received, lastAt: () => lastAt, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface BurstResult {
  seconds: number;
  mails: number;
  /** Steps whose e-mails all went out (all of them unless the budget ran out: then e-mails / recipients). */
  steps: number;
  /** The budget ran out before every e-mail was handed over. */
  partial: boolean;
  /** When the last overdue mark was recorded, after the instant: the deadline jobs' own share. */
  marksSeconds: number;
  /** Redis commands from the instant on (INFO commandstats), and the five that took most of Redis's time. */
  redisCalls: number;
  topCommands: string;
}

const budgetSeconds = (): number => {
  const at = process.argv.indexOf('--budget-seconds');
  return at > 0 ? Number(process.argv[at + 1]) : 360;
};

/** Waits for `expected` e-mails or until the budget from `dueAt` is spent; prints progress every 10 s. */
async function mailsOrBudget(mode: string, received: () => number, expected: number, dueAt: Date, clock: OffsetClock): Promise<boolean> {
  const until = dueAt.getTime() + budgetSeconds() * 1000;
  let report = Date.now() + 10_000;
  while (received() < expected) {
    if (clock.now().getTime() > until) {
      progress(`${mode}: budget of ${budgetSeconds()} s spent with ${received()} of ${expected} e-mails; the rate is taken from those`);
      return false;
    }
    if (Date.now() > report) {
      progress(`${mode}: ${received()} of ${expected} e-mails`);
      report = Date.now() + 10_000;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Redis's command counts start again from zero: what follows is the burst's own. */
async function resetCommandStats(url: string): Promise<void> {
  const client = new Redis(url);
  try {
    await client.config('RESETSTAT');
  } finally {
    client.disconnect();
  }
}

/** Total calls, and the commands that took most of Redis's time (usec), from INFO commandstats. */
async function commandStats(url: string): Promise<{ calls: number; top: string }> {
  const client = new Redis(url);
  try {
    const info = await client.info('commandstats');
    const rows = [...info.matchAll(/^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/gm)].map((m) => ({ name: m[1], calls: Number(m[2]), usec: Number(m[3]) }));
    const top = [...rows].sort((a, b) => b.usec - a.usec).slice(0, 5).map((r) => `${r.name} ${fmt(r.calls, 0)} calls ${fmt(r.usec / 1e6)} s`);
    return { calls: rows.reduce((n, r) => n + r.calls, 0), top: top.join(', ') };
  } finally {
    client.disconnect();
  }
}

async function burst(mode: 'feed' | 'routing', transport: BenchTransport, count: number, concurrency: number, notifyConcurrency: number, leadMs: number): Promise<BurstResult> {
  const dir = mkdtempSync(join(tmpdir(), `bench-${mode}-`));
  const redis = await RedisServerProcess.start({ dir: null });
  const keyPrefix = 'bench:';
  Object.assign(process.env, { DATA_DIR: dir, REDIS_URL: redis.url, REDIS_KEY_PREFIX: keyPrefix });
  // A failed run must not leave its redis-server behind.
  try {
    const clock = new OffsetClock();
    const smtp = await sink(transport, clock);
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
    const { dueAt } = await appendBurst(inProcessProbe(app, clock), store, clock, count);
    clock.set(new Date(dueAt.getTime() - leadMs));
    await waitFor('the sweep to add the burst', async () => (await delayedSteps(queues)) >= count, leadMs);
    await waitFor('the burst to fall due', () => clock.now().getTime() >= dueAt.getTime(), leadMs);
    await resetCommandStats(redis.url);
    const perStep = mode === 'feed' ? 1 : 3;
    const expected = perStep * count;
    const complete = await mailsOrBudget(mode, () => smtp.received(), expected, dueAt, clock);
    const seconds = ((complete ? smtp.lastAt() : clock.now().getTime()) - dueAt.getTime()) / 1000;
    const mails = smtp.received();
    const redisStats = await commandStats(redis.url);
    let lastMark = 0;
    for await (const e of store.readAll({ filter: { eventTypes: ['DeadlineMarkedOverdue'] } })) lastMark = Math.max(lastMark, Date.parse(e.metadata.recordedAt));
    await app.close();
    await smtp.stop();
    return { seconds, mails, steps: complete ? count : mails / perStep, partial: !complete, marksSeconds: (lastMark - dueAt.getTime()) / 1000, redisCalls: redisStats.calls, topCommands: redisStats.top };
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function routingBench(count: number, concurrency: number, notifyConcurrency: number, leadMs: number, transport: BenchTransport): Promise<void> {
  const feed = await burst('feed', transport, count, concurrency, notifyConcurrency, leadMs);
  progress(`feed: ${fmt(feed.seconds)} s`);
  const routing = await burst('routing', transport, count, concurrency, notifyConcurrency, leadMs);
  const feedRate = feed.steps / feed.seconds;
  const routedRate = routing.steps / routing.seconds;
  const partial = (r: BurstResult) => (r.partial ? ` (partial: budget spent, ${fmt(r.steps, 0)} steps' worth of e-mails)` : '');
  const sinkName = transport === 'memory' ? 'in-process JSON transport (no SMTP socket; e-mails composed and counted)' : 'in-process SMTP server (smtp-server), pooled connections';
  console.log(`bench:deadlines (BENCH_ROUTING=1) — private redis-server, SQLite log, deadline concurrency ${concurrency}, notify concurrency ${notifyConcurrency}`);
  console.log(`  transport     : ${sinkName}`);
  console.log(`  global feed   : ${fmt(count, 0)} overdue marks due at one instant, each e-mailed to the list: last of ${fmt(feed.mails, 0)} e-mails ${fmt(feed.seconds)} s after the instant = ${fmt(feedRate)} steps/s${partial(feed)}`);
  console.log(`  routed        : the same burst, each routed to 3 contacts (route job, 3 e-mails, delivery records on the log): last of ${fmt(routing.mails, 0)} e-mails ${fmt(routing.seconds)} s after = ${fmt(routedRate)} steps/s${partial(routing)}`);
  console.log(`  overdue marks : all recorded ${fmt(feed.marksSeconds)} s (feed run) and ${fmt(routing.marksSeconds)} s (routed run) after the instant`);
  console.log(`  redis         : ${fmt(feed.redisCalls / feed.steps, 1)} commands per step (feed run), ${fmt(routing.redisCalls / routing.steps, 1)} (routed run), from the instant on`);
  console.log(`                  feed: ${feed.topCommands}`);
  console.log(`                  routed: ${routing.topCommands}`);
  console.log(`  ratio         : ${fmt(routedRate / feedRate, 3)} (routed steps/s per feed-only steps/s)`);
  const rows: SummaryRow[] = [
    { figure: `feed only, ${fmt(count, 0)} overdue marks at once${feed.partial ? ' (partial)' : ''}`, value: feedRate, unit: 'steps/s' },
    {
      figure: `routed to 3 contacts each, ${fmt(count, 0)} at once${routing.partial ? ' (partial)' : ''}`,
      value: routedRate,
      unit: 'steps/s',
      baseline: { label: 'feed only', value: feedRate, unit: 'steps/s' },
      ratio: routedRate / feedRate,
    },
    {
      figure: 'Redis commands per routed step',
      value: routing.redisCalls / routing.steps,
      unit: 'commands',
      baseline: { label: 'per feed step', value: feed.redisCalls / feed.steps, unit: 'commands' },
      ratio: routing.redisCalls / routing.steps / (feed.redisCalls / feed.steps),
    },
  ];
  reportSummary('routing', rows);
}
