import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { addDays, dateInZone } from '@app/kernel';
import { ADVISORY_LOCKS, PostgresEventStore } from '@app/event-store';
import { LocalKeyStore, LocalTokenMinter } from '@app/platform/auth';
import type { AppConfig } from '@app/platform/config';
import { SystemClock } from '@app/platform/clock';
import { ProjectionKeys, projectionStatus, readActive, replayToScratch, type Projection, type ReadSide } from '@app/platform/projections';
import { QUEUE_NAMES, bullPrefix } from '@app/follow-up/processing';
import { workerProjections } from '../../apps/worker/src/worker-projections';
import { createTestDatabase, type TestDatabase } from '../event-store/postgres-database';
import { duplicates, recordedSteps, waitUntil } from '../follow-up/support/step-events';
import { WorkerProcess } from '../follow-up/support/worker-process';
import { dumpNamespace } from '../read-side/support/dump';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { ApiProcess } from './support/api-process';
import { commandsByRequest, logMismatches } from './support/command-log';
import { setAsideForgottenSteps } from './support/schedule-housekeeping';
import { acknowledged, isAcknowledgedOrConflict, send, type Answer } from './support/http-client';

// Generous bounds: they only turn a hang into a failure; a loaded machine just takes longer.
jest.setTimeout(180_000);

const CONTESTED = 12; // recommendations changed through both APIs at once
const PAST_DUE = 60; // due at the end of yesterday: overdue and escalation level 1 each
const DUE_SOON = 30; // due in six days: the 7-day reminder only
const EXPECTED_STEPS = PAST_DUE * 2 + DUE_SOON;

/**
 * Two API replicas (RUN_WORKERS=false) and two worker replicas, each a process started as
 * production starts it, on one PostgreSQL database, one Redis and one key prefix, one keys folder.
 */
describe('replicas against one PostgreSQL store and one Redis', () => {
  let database: TestDatabase;
  let server: PrivateRedis;
  let dataDir: string;
  let store: PostgresEventStore;
  let redis: Redis;
  let queue: Queue;
  let notifications: Queue;
  let readSide: ReadSide;
  let officer: string;
  let liaison: string;
  const apis: ApiProcess[] = [];
  const workers: WorkerProcess[] = [];
  const keyPrefix = 'replicas:';
  const issued: string[] = [];

  const env = (): Record<string, string> => ({
    DATA_DIR: dataDir,
    EVENTSTORE_CONNECTION_STRING: database.connectionString,
    REDIS_URL: server.url,
    REDIS_KEY_PREFIX: keyPrefix,
  });
  const startWorker = (): WorkerProcess => {
    const worker = WorkerProcess.start({ ...env(), JOB_LOCK_MS: '2000', DEADLINE_SWEEP_EVERY_MS: '1000', DEADLINE_RECHECK_MS: '1000', DEADLINE_CONCURRENCY: '8' });
    workers.push(worker);
    return worker;
  };
  const queuesEmpty = async () => {
    const counts = await Promise.all([queue, notifications].map((q) => q.getJobCounts('active', 'waiting', 'delayed', 'prioritized')));
    return counts.every((c) => c.active + c.waiting + c.delayed + c.prioritized === 0);
  };
  const logs = () => [...apis.map((a) => a.log), ...workers.map((w) => w.log)].join('\n----\n');

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startPrivateRedis();
    dataDir = mkdtempSync(join(tmpdir(), 'replicas-'));
    // The key pair exists before any replica starts: every API verifies what this minter signs.
    const minter = new LocalTokenMinter(new LocalKeyStore({ dataDir } as AppConfig));
    officer = await minter.mint({ sub: 'asisten-kaltim', role: 'officer', provinces: ['*'] });
    liaison = await minter.mint({ sub: 'bagian-organisasi-paser', role: 'liaison', entity: '64.01' });
    for (let i = 0; i < 2; i++) apis.push(await ApiProcess.start({ ...env(), RUN_WORKERS: 'false' }));
    startWorker();
    startWorker();
    store = new PostgresEventStore(database.connectionString, { pollIntervalMs: 50 });
    redis = new Redis(server.url);
    queue = new Queue(QUEUE_NAMES.deadlines, { connection: redis, prefix: bullPrefix(keyPrefix) });
    notifications = new Queue(QUEUE_NAMES.notifications, { connection: redis, prefix: bullPrefix(keyPrefix) });
    readSide = { store, redis, keyPrefix, clock: new SystemClock() };
    await waitUntil(async () => (await Promise.all(apis.map((a) => a.answers()))).every(Boolean) || !apis.every((a) => a.running), 'both APIs to listen', 150_000);
    await waitUntil(() => workers.every((w) => w.log.includes('Worker started')) || !workers.every((w) => w.running), 'both workers to start', 150_000);
    if (![...apis, ...workers].every((p) => p.running)) throw new Error(`A replica stopped at start:\n${logs()}`);
  }, 320_000);

  afterAll(async () => {
    // A replica that does not stop within the bound is killed: nothing outlives the test.
    const stopped = (replica: ApiProcess | WorkerProcess) => Promise.race([replica.stop(), sleep(20_000, undefined, { ref: false })]).then(() => replica.kill());
    await Promise.allSettled([...apis, ...workers].map(stopped));
    await queue?.close();
    await notifications?.close();
    redis?.disconnect();
    await store?.close();
    await server?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const api = (i: number) => apis[i % apis.length].url;
  const today = () => dateInZone(new Date(), 'WITA');
  const issue = (i: number, dueOn: string) =>
    send(api(i), 'POST', '/v1/recommendations', officer, {
      entityCode: '64.01', unitId: 'dpmptsp', kind: 'rekomendasi', source: { type: 'lahp', ref: `LAHP/${i}/2026` },
      title: 'Publish the service standard', issuedOn: [dueOn, today()].sort()[0], dueOn,
    });
  /** Sends every request at once, half to each API. */
  const both = (request: (api: string) => Promise<Answer>) => Promise.all(apis.map((a) => request(a.url)));

  it('acknowledges or refuses (409/412) every command sent to both APIs at once, and logs each acknowledged one once', async () => {
    const answers: Answer[] = [];
    answers.push(await send(api(0), 'POST', '/v1/entities', officer, { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' }));
    answers.push(await send(api(1), 'POST', '/v1/entities', officer, { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' }));
    answers.push(await send(api(0), 'POST', '/v1/entities/64.01/units', officer, { unitId: 'dpmptsp', name: 'DPMPTSP' }));
    expect(answers.map((a) => [a.status, a.body.detail])).toEqual(answers.map(() => [expect.any(Number), undefined]));
    expect(answers.every(acknowledged)).toBe(true);

    const dueOn = addDays(today(), 90);
    const contested = await Promise.all(Array.from({ length: CONTESTED }, (_, i) => issue(i, dueOn)));
    answers.push(...contested);
    expect(contested.map((a) => a.status)).toEqual(contested.map(() => 201));
    issued.push(...contested.map((a) => a.body.id as string));

    const item = (title: string) => ({ unitId: 'dpmptsp', title, dueOn: addDays(today(), 30) });
    await Promise.all(
      contested.map(async ({ body: { id }, etag }) => {
        // The same revision claimed through both APIs: exactly one wins, the other is told it is stale.
        const ifMatch = await both((a) => send(a, 'POST', `/v1/recommendations/${id}/action-items`, liaison, item('Display the standard'), { 'if-match': etag! }));
        expect(ifMatch.map((a) => a.status).sort()).toEqual([201, 412]);
        // Without If-Match each retries on the conflict: both land, one after the other.
        const blind = await both((a) => send(a, 'POST', `/v1/recommendations/${id}/action-items`, liaison, item('Train the counter staff')));
        expect(blind.map((a) => a.status)).toEqual([201, 201]);
        // Closing twice at once: one closes it, the other finds it closed.
        const close = await both((a) => send(a, 'POST', `/v1/recommendations/${id}/close`, officer, { reason: 'Superseded by a later LAHP' }));
        expect(close.map((a) => a.status).sort()).toEqual([200, 409]);
        answers.push(...ifMatch, ...blind, ...close);
      }),
    );

    const unexpected = answers.filter((a) => !isAcknowledgedOrConflict(a)).map((a) => `${a.api} ${a.status} ${JSON.stringify(a.body)}`);
    expect(unexpected).toEqual([]);
    expect(logMismatches(answers, await commandsByRequest(store))).toEqual([]);
  });

  it('records every deadline step once while the APIs issue and a worker is killed mid-stream and restarted', async () => {
    const pastDue = addDays(today(), -1);
    const dueSoon = addDays(today(), 6);
    const recorded = async () => (await recordedSteps(store)).length;

    // Issued through both APIs while both workers run; a watcher kills one as soon as steps flow.
    let atKill = -1;
    const killer = (async () => {
      const lock = new Client({ connectionString: database.connectionString });
      await lock.connect();
      try {
        await waitUntil(
          async () => {
            // Under the store's append lock nothing is recorded between the look and the kill:
            // the worker dies with its jobs mid-way, its next append waiting on the lock.
            await lock.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.append.toString()]);
            try {
              const n = await recorded();
              if (n < 20) return false;
              atKill = n;
              await workers[0].kill();
              return true;
            } finally {
              await lock.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.append.toString()]);
            }
          },
          'some steps to be recorded',
          120_000,
        );
      } finally {
        await lock.end();
      }
    })();
    const dueDates = [...Array.from({ length: PAST_DUE }, () => pastDue), ...Array.from({ length: DUE_SOON }, () => dueSoon)];
    const answers: Answer[] = [];
    for (let from = 0; from < dueDates.length; from += 10) {
      answers.push(...(await Promise.all(dueDates.slice(from, from + 10).map((dueOn, i) => issue(from + i, dueOn)))));
    }
    expect(answers.filter((a) => a.status !== 201).map((a) => `${a.api} ${a.status} ${JSON.stringify(a.body)}`)).toEqual([]);
    await killer;
    expect(atKill).toBeLessThan(EXPECTED_STEPS);

    const restarted = startWorker();
    await waitUntil(async () => (await recorded()) >= EXPECTED_STEPS || !restarted.running, `all ${EXPECTED_STEPS} steps (logs:\n${logs()})`, 120_000);
    // Every job the killed worker left locked has been taken up again and run to its end.
    await waitUntil(queuesEmpty, 'the deadline and notification queues to drain', 60_000);
    expect(await queue.getFailedCount()).toBe(0);

    const steps = await recordedSteps(store);
    expect(duplicates(steps)).toEqual([]);
    expect(steps).toHaveLength(EXPECTED_STEPS);
    const stepsOf = (id: string) => steps.filter((s) => s.stream === `recommendation-${id}`).map((s) => `v${s.version}:${s.step}`).sort();
    answers.forEach((answer, i) => {
      expect([i, stepsOf(answer.body.id as string)]).toEqual([i, i < PAST_DUE ? ['v1:escalation-1', 'v1:overdue'] : ['v1:reminder-7d']]);
    });
    issued.push(...answers.map((a) => a.body.id as string));
    expect(logMismatches(answers, await commandsByRequest(store))).toEqual([]);
  });

  it('applies every event to the read models once: they equal a clean rebuild, and both APIs list the same', async () => {
    const projections = workerProjections();
    const namespaceOf = async (projection: Projection) => {
      const keys = new ProjectionKeys(keyPrefix, projection.name);
      const active = await readActive(redis, keys);
      return active ? keys.namespace(active.generation) : null;
    };
    // Notifications keep recording deliveries after the last step: look when every read model has
    // applied the whole log and the log did not move while the read models were read.
    let settled: { head: bigint; live: Array<Record<string, unknown>>; listed: Answer[] } | undefined;
    await waitUntil(
      async () => {
        const head = await store.headPosition();
        if (!(await queuesEmpty())) return false;
        const statuses = await Promise.all(projections.map((p) => projectionStatus(readSide, p, 1)));
        if (!statuses.every((s) => s.generation !== null && s.eventsBehind === 0 && s.fault === null)) return false;
        const live = await Promise.all(projections.map(async (p) => dumpNamespace(redis, (await namespaceOf(p))!)));
        const listed = await both((a) => send(a, 'GET', '/v1/recommendations?limit=200', officer));
        if ((await store.headPosition()) !== head || !(await queuesEmpty())) return false;
        settled = { head, live, listed };
        return true;
      },
      `every read model to catch up with a log at rest (logs:\n${logs()})`,
      120_000,
    );
    for (const [i, projection] of projections.entries()) {
      const scratch = await replayToScratch(readSide, projection, { toPosition: settled!.head });
      try {
        const { rebuilt, unexplained } = setAsideForgottenSteps(projection.name, settled!.live[i], await dumpNamespace(redis, scratch.keyPrefix), Date.now());
        expect([projection.name, unexplained]).toEqual([projection.name, []]);
        expect([projection.name, settled!.live[i]]).toEqual([projection.name, rebuilt]);
      } finally {
        await scratch.drop();
      }
    }

    const { listed } = settled!;
    expect(listed.map((a) => a.status)).toEqual([200, 200]);
    expect(listed[0].body.items).toEqual(listed[1].body.items);
    const ids = (listed[0].body.items as Array<{ id: string }>).map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...issued].sort());
  });
});
