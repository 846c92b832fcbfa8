import { ReadModelReader } from '@app/platform/projections';
import { DEADLINE_SCHEDULE, DeadlineSweep, SCHEDULE_KEYS, isGroupJob, type DeadlinePolicy } from '@app/follow-up/processing';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { duplicates, recordedSteps, waitUntil } from './support/step-events';
import { startWorkers, type WorkerHarness } from './support/worker-harness';

jest.setTimeout(60_000);

/** End of 2025-06-01 in WITA (Paser). */
const DUE_AT = Date.parse('2025-06-01T16:00:00.000Z');
/** One step per deadline in the run: its overdue mark (rung 1 a day later, no reminders). */
const policy: DeadlinePolicy = { reminderDaysBefore: [], ladder: [{ level: 1, to: 'unit_head', afterDays: 1 }] };

/**
 * A burst of deadlines due at one instant runs as group jobs (many steps per BullMQ job, one
 * commit per group): every step recorded once, none for a deadline moved or a subject closed
 * after its group was queued.
 */
describe.each(REDIS_TOPOLOGIES)('a burst of deadlines due at one instant on $name', ({ start }) => {
  let server: RedisTopology;
  let h: WorkerHarness;

  beforeAll(async () => {
    server = await start();
    h = await startWorkers(server, { now: new Date(DUE_AT - 2 * 86_400_000), policy });
    await waitUntil(async () => (await h.redis.get(`${h.keyPrefix}deadlines:reactor:checkpoint`)) !== null, 'the reactor to start');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await server?.stop();
  });

  const groupJobs = async () => (await h.queues.deadlines.getJobs(['delayed', 'waiting', 'active'])).filter((job) => job && isGroupJob(job.data));
  const pendingCount = async () => {
    const view = await h.app.get(ReadModelReader).active(DEADLINE_SCHEDULE);
    return view ? h.redis.zcard(view.key(SCHEDULE_KEYS.pending)) : 0;
  };
  const overdueMarks = async () => (await recordedSteps(h.store)).filter((s) => s.step === 'overdue');

  it('records each step once, in group jobs, and nothing for a deadline moved or a subject closed meanwhile', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await h.recommendations.issue('2025-06-01'));
    const [moved, closed, ...kept] = ids;
    // Two days ahead, beyond the horizon: once the schedule holds them all, the clock moves them into it.
    await waitUntil(async () => (await pendingCount()) === 2 * ids.length, 'the schedule to hold the burst (overdue and rung 1 of each)');
    h.clock.set(new Date(DUE_AT - 5 * 60_000));
    await waitUntil(async () => (await h.app.get(DeadlineSweep).run()) && (await groupJobs()).length > 0, 'the burst to be queued as a group');
    const queued = (await groupJobs()).flatMap((job) => (isGroupJob(job.data) ? job.data.steps.map((s) => s.stream) : []));
    expect(new Set(queued)).toEqual(new Set(ids.map((id) => `recommendation-${id}`)));

    await h.recommendations.extend(moved, 30, '2025-06-01');
    await h.recommendations.close(closed);
    h.clock.set(new Date(DUE_AT + 60_000));
    await waitUntil(async () => (await overdueMarks()).length >= kept.length, 'the overdue marks of the burst');
    // The group jobs, and anything a step of them went on to alone, have run out.
    await waitUntil(async () => {
      const counts = await h.queues.deadlines.getJobCounts('active', 'waiting', 'prioritized', 'delayed');
      return counts.active + counts.waiting + counts.prioritized + counts.delayed === 0;
    }, 'the deadline queue to drain');
    // A full sweep after the burst finds nothing left to queue.
    await h.app.get(DeadlineSweep).run({ full: true });
    expect(await h.queues.deadlines.getJobCounts('delayed', 'waiting', 'failed')).toEqual({ delayed: 0, waiting: 0, failed: 0 });

    const steps = await recordedSteps(h.store);
    expect(duplicates(steps)).toEqual([]);
    expect((await overdueMarks()).map((s) => s.stream).sort()).toEqual(kept.map((id) => `recommendation-${id}`).sort());
  });
});
