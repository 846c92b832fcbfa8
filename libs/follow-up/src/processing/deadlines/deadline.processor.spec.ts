import { DelayedError } from 'bullmq';
import { ManualClock } from '@app/platform/clock';
import type { DeadlineCommands, DeadlineStep, DeadlineStepOutcome } from '../../deadlines/deadline-commands.port';
import { stepKey } from '../../deadlines/deadline-commands.port';
import type { DeadlineJobData } from '../queues/job-types';
import type { PendingSteps } from '../schedule/pending-steps';
import { DeadlineJob, DeadlineProcessor } from './deadline.processor';

const NOW = Date.parse('2025-05-09T16:00:00.000Z');

function setUp(outcomes: Record<string, DeadlineStepOutcome[]>) {
  const runs: string[] = [];
  const commands: DeadlineCommands = {
    run: async (_subject, version, step) => {
      runs.push(`v${version}:${stepKey(step)}`);
      return outcomes[stepKey(step)]?.shift() ?? 'recorded';
    },
  };
  const forgotten: DeadlineJobData[] = [];
  const pending = { forget: async (step: DeadlineJobData) => void forgotten.push(step), isScheduled: async () => scheduled.value } as unknown as PendingSteps;
  const scheduled = { value: true };
  const processor = new DeadlineProcessor(commands, pending, new ManualClock(new Date(NOW)), { recheckMs: 60_000 });
  return { processor, runs, forgotten, scheduled };
}

function job(step: DeadlineStep, at = NOW, waits?: number) {
  const delayedUntil: number[] = [];
  const job: DeadlineJob & { delayedUntil: number[] } = {
    data: { subject: { kind: 'recommendation', id: 'r1' }, stream: 'recommendation-r1', version: 2, step, stepKey: stepKey(step), at, since: '7', waits },
    delayedUntil,
    updateData: async (data) => void (job.data = data),
    moveToDelayed: async (timestamp) => void delayedUntil.push(timestamp),
  };
  return job;
}

/** BullMQ's delayed set runs on Redis time, so the processor delays by Date.now(); pin it for exact expectations. */
const WALL = Date.parse('2026-01-01T00:00:00.000Z');

describe('DeadlineProcessor', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(WALL));
  afterEach(() => jest.restoreAllMocks());

  it('runs a due step once and reports what the decider did', async () => {
    const { processor, runs } = setUp({});
    await expect(processor.process(job({ type: 'overdue' }))).resolves.toBe('recorded');
    expect(runs).toEqual(['v2:overdue']);
  });

  it('puts a job that woke before its instant (by the Clock) back to sleep, without asking the decider', async () => {
    const { processor, runs } = setUp({});
    const early = job({ type: 'overdue' }, NOW + 5_000);
    await expect(processor.process(early)).rejects.toBeInstanceOf(DelayedError);
    expect(runs).toEqual([]);
    expect(early.delayedUntil).toEqual([WALL + 5_000]);
  });

  it('ends, recording nothing, a job that wakes early to find its step gone from the schedule (deadline moved, subject closed)', async () => {
    const { processor, runs, scheduled } = setUp({});
    scheduled.value = false;
    const early = job({ type: 'overdue' }, NOW + 5_000);
    await expect(processor.process(early)).resolves.toBe('unchanged');
    expect(runs).toEqual([]);
    expect(early.delayedUntil).toEqual([]);
  });

  it('never sleeps longer than recheckMs, so a Clock that jumps ahead is noticed', async () => {
    const { processor } = setUp({});
    const far = job({ type: 'overdue' }, NOW + 86_400_000);
    await expect(processor.process(far)).rejects.toBeInstanceOf(DelayedError);
    expect(far.delayedUntil).toEqual([WALL + 60_000]);
  });

  it('records the overdue mark and lower rungs first when an escalation is not due for want of them', async () => {
    const { processor, runs } = setUp({ 'escalation-3': ['not_due', 'recorded'], overdue: ['unchanged'] });
    await expect(processor.process(job({ type: 'escalation', level: 3 }))).resolves.toBe('recorded');
    expect(runs).toEqual(['v2:escalation-3', 'v2:overdue', 'v2:escalation-1', 'v2:escalation-2', 'v2:escalation-3']);
  });

  it('backs off, without using an attempt, while the decider keeps saying not due', async () => {
    const { processor } = setUp({ 'reminder-7d': ['not_due', 'not_due'] });
    const waiting = job({ type: 'reminder', daysBefore: 7 });
    await expect(processor.process(waiting)).rejects.toBeInstanceOf(DelayedError);
    await expect(processor.process(waiting)).rejects.toBeInstanceOf(DelayedError);
    expect(waiting.data.waits).toBe(2);
    expect(waiting.delayedUntil).toEqual([WALL + 1_000, WALL + 2_000]);
  });

  it('drops the step from the schedule when there is nothing to record (closed, moved or done)', async () => {
    const { processor, forgotten } = setUp({ overdue: ['unchanged'] });
    await expect(processor.process(job({ type: 'overdue' }))).resolves.toBe('unchanged');
    expect(forgotten).toEqual([expect.objectContaining({ stream: 'recommendation-r1', version: 2, stepKey: 'overdue', at: NOW })]);
  });

  it('lets a real failure propagate, so BullMQ retries it with back-off and parks it after the last attempt', async () => {
    const processor = new DeadlineProcessor(
      { run: async () => Promise.reject(new Error('event store unavailable')) },
      { forget: async () => true, isScheduled: async () => true } as unknown as PendingSteps,
      new ManualClock(new Date(NOW)),
      { recheckMs: 60_000 },
    );
    await expect(processor.process(job({ type: 'overdue' }))).rejects.toThrow('event store unavailable');
  });
});
