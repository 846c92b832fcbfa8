import { AggregateStore } from '@app/platform/commands';
import { ProjectionAdmin, ReadModelReader } from '@app/platform/projections';
import { DEADLINE_SCHEDULE, DeadlineSweep, SCHEDULE_KEYS, SWEEP_SCHEDULER_ID, deadlineJobId } from '@app/follow-up/processing';
import { keyspaceNodes } from '@app/platform/redis';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { Obligations } from './support/obligations';
import { recordedSteps, waitUntil } from './support/step-events';
import { startWorkers, type WorkerHarness } from './support/worker-harness';

jest.setTimeout(30_000);

const stream = (id: string) => `recommendation-${id}`;
/** End of 2025-06-01 in WITA (Paser). */
const DUE_AT = Date.parse('2025-06-01T16:00:00.000Z');

describe.each(REDIS_TOPOLOGIES)('deadline workers on a real Redis, with a controllable clock on $name', ({ start }) => {
  let server: RedisTopology;
  let h: WorkerHarness;

  beforeAll(async () => {
    server = await start();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  beforeEach(async () => {
    h = await startWorkers(server, { now: new Date('2025-06-01T03:00:00.000Z') });
    // The reactor has its checkpoint: what is appended from now on reaches it.
    await waitUntil(async () => (await h.redis.get(`${h.keyPrefix}deadlines:reactor:checkpoint`)) !== null, 'the reactor to start');
  });
  afterEach(async () => {
    await h.close();
  });

  const stepsOf = async (id: string) => (await recordedSteps(h.store)).filter((s) => s.stream === stream(id));
  const pending = async (): Promise<string[]> => {
    const view = await h.app.get(ReadModelReader).active(DEADLINE_SCHEDULE);
    return view ? h.redis.zrange(view.key(SCHEDULE_KEYS.pending), 0, -1, 'WITHSCORES') : [];
  };
  const jobState = async (id: string, version: number, step: string, of = stream(id)) => {
    const job = await h.queues.deadlines.getJob(deadlineJobId(of, version, step));
    return job ? job.getState() : 'absent';
  };
  /** How often a job has been picked up: a delayed job that went up from n woke and went back to sleep. */
  const wakes = async (id: string, version: number, step: string) =>
    (await h.queues.deadlines.getJob(deadlineJobId(stream(id), version, step)))?.attemptsStarted ?? 0;
  /** No deadline job is queued at all (steps beyond the horizon have none yet): nothing more can be recorded. */
  const settled = async () => {
    const counts = await h.queues.deadlines.getJobCounts('active', 'waiting', 'prioritized', 'delayed');
    return counts.active + counts.waiting + counts.prioritized + counts.delayed === 0;
  };
  /**
   * No job of this version of this subject is queued any more. On a loaded machine a job may
   * lose its lock or fail once and come back after a backoff, so only these jobs are waited
   * for (with room for a retry), not the whole queue.
   */
  const settledFor = async (id: string, version: number) => {
    const prefix = deadlineJobId(stream(id), version, '');
    const jobs = await h.queues.deadlines.getJobs(['active', 'waiting', 'prioritized', 'delayed']);
    return !jobs.some((job) => job?.id?.startsWith(prefix));
  };

  it('marks a recommendation due yesterday overdue at once, and climbs the ladder as far as is due', async () => {
    // Due at the end of 2025-05-31 in WITA, 11 hours ago: not a late record, its steps run live.
    const id = await h.recommendations.issue('2025-05-31');
    await waitUntil(async () => (await stepsOf(id)).some((s) => s.step === 'overdue'), 'the overdue mark');
    // "At once" by the Clock, which has not moved since the recommendation was issued.
    expect((await stepsOf(id)).find((s) => s.step === 'overdue')!.recordedAt).toBe(h.clock.now().toISOString());

    // Rung 1 (0 d) is due; 2–4 (14, 30, 60 d) are beyond the horizon, so without a job yet; the 7-day reminder is long stale.
    await waitUntil(async () => (await pending()).filter((m) => m.startsWith(stream(id))).length === 3, 'the schedule to keep levels 2–4');
    await waitUntil(settled, 'the deadline jobs to settle');
    expect((await pending()).filter((m) => m.startsWith(stream(id))).sort()).toEqual([`${stream(id)}|escalation-2`, `${stream(id)}|escalation-3`, `${stream(id)}|escalation-4`]);
    expect((await stepsOf(id)).map((s) => `v${s.version}:${s.step}`).sort()).toEqual(['v1:escalation-1', 'v1:overdue']);
  });

  it('sends the reminders that are due and the overdue mark at the instant the clock reaches it', async () => {
    h.clock.set(new Date(DUE_AT - 5 * 60_000));
    const id = await h.recommendations.issue('2025-06-01');
    // The 1-day reminder is 23h55m past: still sent; the 7-day one, six days stale, never is.
    await waitUntil(async () => (await stepsOf(id)).length === 1, 'the 1-day reminder');
    await waitUntil(async () => (await jobState(id, 1, 'overdue')) === 'delayed', 'the overdue job to wait for its instant');
    // Not "sleep and see": the job has woken before its instant and gone back to sleep, twice over.
    const woke = await wakes(id, 1, 'overdue');
    await waitUntil(async () => (await wakes(id, 1, 'overdue')) >= woke + 2 && (await jobState(id, 1, 'overdue')) === 'delayed', 'the overdue job to wake early and sleep again');
    expect((await stepsOf(id)).map((s) => s.step).sort()).toEqual(['reminder-1d']);

    h.clock.set(new Date(DUE_AT));
    await waitUntil(async () => (await stepsOf(id)).some((s) => s.step === 'overdue'), 'the overdue mark', 5_000);
    const overdue = (await stepsOf(id)).find((s) => s.step === 'overdue')!;
    expect(overdue.recordedAt).toBe(new Date(DUE_AT).toISOString());
  });

  it('cancels the pending jobs of a moved deadline and schedules the new version', async () => {
    h.clock.set(new Date(DUE_AT - 5 * 60_000));
    const id = await h.recommendations.issue('2025-06-01');
    await waitUntil(async () => (await jobState(id, 1, 'overdue')) === 'delayed', 'the v1 overdue job');

    await h.recommendations.extend(id, 30, '2025-06-01');
    await waitUntil(async () => (await jobState(id, 1, 'overdue')) === 'absent', 'the v1 overdue job to be removed');
    expect(await jobState(id, 1, 'escalation-1')).toBe('absent');
    // The same member now stands for version 2's instant.
    await waitUntil(async () => (await pending()).includes(`${stream(id)}|overdue`), 'the schedule');
    const scores = await pending();
    expect(Number(scores[scores.indexOf(`${stream(id)}|overdue`) + 1])).toBe(Date.parse('2025-07-01T16:00:00.000Z'));


    h.clock.set(new Date(DUE_AT + 3_600_000));
    await h.app.get(DeadlineSweep).run();
    // Past version 1's instant: whatever the sweep queued for version 1 has run and recorded nothing.
    await waitUntil(() => settledFor(id, 1), 'the version 1 deadline jobs to settle', 45_000);
    expect((await stepsOf(id)).filter((s) => s.step === 'overdue' || s.step.startsWith('escalation'))).toEqual([]);
  }, 60_000);

  it.each([
    ['closed by an officer', (id: string) => h.recommendations.close(id)],
    ['closed by a sesuai verdict', (id: string) => h.recommendations.verifySesuai(id)],
  ])('cancels the pending jobs of a recommendation %s, and records nothing after', async (_, closeIt) => {
    h.clock.set(new Date(DUE_AT - 5 * 60_000));
    const id = await h.recommendations.issue('2025-06-01');
    await waitUntil(async () => (await stepsOf(id)).length === 1, 'the 1-day reminder');
    await waitUntil(async () => (await jobState(id, 1, 'overdue')) === 'delayed', 'the overdue job');

    await closeIt(id);
    await waitUntil(async () => (await jobState(id, 1, 'overdue')) === 'absent', 'the overdue job to be removed');
    expect(await jobState(id, 1, 'escalation-1')).toBe('absent');

    h.clock.set(new Date(DUE_AT + 61 * 86_400_000));
    await h.app.get(DeadlineSweep).run();
    // Whatever the schedule still held (a sesuai verdict cannot be told apart without state) is dropped once a job finds it closed.
    await waitUntil(async () => !(await pending()).some((m) => m.startsWith(stream(id))), 'the schedule to forget the closed recommendation');
    expect((await stepsOf(id)).map((s) => s.step).sort()).toEqual(['reminder-1d']);
  });

  it('follows a PKS obligation the same way, in the same queues, and forgets it once cancelled', async () => {
    const obligations = new Obligations(h.app.get(AggregateStore), () => h.clock.now());
    const late = await obligations.schedule('2025-05-20');
    const obligationSteps = async (id: string) => (await recordedSteps(h.store)).filter((s) => s.stream === `obligation-${id}`).map((s) => s.step);
    await waitUntil(async () => (await obligationSteps(late)).length === 2, 'the obligation to be marked overdue and escalated to level 1');
    expect((await obligationSteps(late)).sort()).toEqual(['escalation-1', 'overdue']);

    h.clock.set(new Date(Date.parse('2025-06-10T16:00:00.000Z') - 5 * 60_000));
    const cancelled = await obligations.schedule('2025-06-10');
    const jobOf = (step: string) => jobState(cancelled, 1, step, `obligation-${cancelled}`);
    await waitUntil(async () => (await jobOf('overdue')) === 'delayed', 'its overdue job');
    await obligations.cancel(cancelled, '2025-06-10');
    await waitUntil(async () => (await jobOf('overdue')) === 'absent', 'the job to be removed');
    await waitUntil(async () => !(await pending()).some((m) => m.startsWith(`obligation-${cancelled}`)), 'the schedule to drop it');
  });

  it('catches up by sweeping after Redis lost everything: the schedule rebuilds from the log, the sweep scheduler comes back', async () => {
    const id = await h.recommendations.issue('2025-06-20');
    await waitUntil(async () => (await pending()).includes(`${stream(id)}|overdue`), 'the schedule');

    // Every master of a cluster: FLUSHDB through the cluster client would reach only one.
    for (const node of await keyspaceNodes(h.redis)) await node.flushdb();
    expect(await h.queues.maintenance.getJobScheduler(SWEEP_SCHEDULER_ID)).toBeUndefined();
    // The runner finds its generation gone and rebuilds it from the log by itself.
    await waitUntil(async () => (await pending()).includes(`${stream(id)}|overdue`), 'the schedule to be rebuilt', 10_000);
    expect((await h.app.get(ProjectionAdmin).statusOf(DEADLINE_SCHEDULE)).eventsBehind).toBe(0);

    h.clock.set(new Date(Date.parse('2025-06-20T16:00:00.000Z') + 60_000));
    await waitUntil(async () => (await h.queues.maintenance.getJobScheduler(SWEEP_SCHEDULER_ID)) !== undefined, 'the sweep scheduler to be restored', 5_000);
    await waitUntil(async () => (await stepsOf(id)).some((s) => s.step === 'overdue'), 'the overdue mark, found by a sweep', 10_000);
    await waitUntil(async () => (await stepsOf(id)).some((s) => s.step === 'escalation-1'), 'escalation level 1', 5_000);
  });
});
