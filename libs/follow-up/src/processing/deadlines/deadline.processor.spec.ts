import { DelayedError } from 'bullmq';
import { ManualClock } from '@app/platform/clock';
import type { DeadlineCommands, DeadlineStep, DeadlineStepOutcome } from '../../deadlines/deadline-commands.port';
import { stepKey } from '../../deadlines/deadline-commands.port';
import type { DeadlineJobData } from '../queues/job-types';
import type { PendingSteps } from '../schedule/pending-steps';
import { DeadlineGroupJob, DeadlineJob, DeadlineProcessor } from './deadline.processor';

const NOW = Date.parse('2025-05-09T16:00:00.000Z');

/** Outcomes by step key, or by subject id for a group's steps (`r1`, `r2`…); an Error is a fault of that step alone. */
function setUp(outcomes: Record<string, Array<DeadlineStepOutcome | Error>>) {
  const runs: string[] = [];
  const batches: string[][] = [];
  const outcomeOf = (id: string, key: string) => outcomes[id]?.shift() ?? outcomes[key]?.shift() ?? 'recorded';
  const commands: DeadlineCommands = {
    run: async (subject, version, step) => {
      runs.push(`v${version}:${stepKey(step)}`);
      const outcome = outcomeOf(subject.id, stepKey(step));
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    runMany: async (steps) => {
      batches.push(steps.map((s) => `${s.subject.id}:v${s.deadlineVersion}:${stepKey(s.step)}`));
      return steps.map((s) => outcomeOf(s.subject.id, stepKey(s.step)));
    },
  };
  const forgotten: DeadlineJobData[] = [];
  const alone: DeadlineJobData[] = [];
  const scheduled = { value: true, streams: null as string[] | null };
  const pending = {
    forget: async (step: DeadlineJobData) => void forgotten.push(step),
    forgetAll: async (steps: DeadlineJobData[]) => void forgotten.push(...steps),
    isScheduled: async () => scheduled.value,
    stillScheduled: async (steps: DeadlineJobData[]) => steps.filter((s) => scheduled.streams?.includes(s.stream) ?? scheduled.value),
  } as unknown as PendingSteps;
  const jobs = { scheduleAlone: async (steps: DeadlineJobData[]) => void alone.push(...steps) };
  const processor = new DeadlineProcessor(commands, pending, new ManualClock(new Date(NOW)), { recheckMs: 60_000 }, jobs);
  return { processor, runs, batches, forgotten, scheduled, alone };
}

function groupJob(ids: string[], at = NOW) {
  const delayedUntil: number[] = [];
  const steps: DeadlineJobData[] = ids.map((id) => ({ subject: { kind: 'recommendation', id }, stream: `recommendation-${id}`, version: 1, step: { type: 'overdue' }, stepKey: 'overdue', at, since: '7' }));
  const group: DeadlineGroupJob & { delayedUntil: number[] } = {
    data: { steps },
    delayedUntil,
    updateData: async (data) => void (group.data = data),
    moveToDelayed: async (timestamp) => void delayedUntil.push(timestamp),
  };
  return group;
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
    const { processor } = setUp({ overdue: [new Error('event store unavailable')] });
    await expect(processor.process(job({ type: 'overdue' }))).rejects.toThrow('event store unavailable');
  });

  describe('a group of steps due at one instant', () => {
    it('records them in one batch and reports how many', async () => {
      const { processor, batches, alone } = setUp({});
      await expect(processor.process(groupJob(['r1', 'r2', 'r3']))).resolves.toEqual({ recorded: 3, unchanged: 0, alone: 0 });
      expect(batches).toEqual([['r1:v1:overdue', 'r2:v1:overdue', 'r3:v1:overdue']]);
      expect(alone).toEqual([]);
    });

    it("sends a step that failed alone to a job of its own, and does not fail its batch-mates' job", async () => {
      const { processor, alone } = setUp({ r2: [new Error('conflict on recommendation-r2')] });
      await expect(processor.process(groupJob(['r1', 'r2', 'r3']))).resolves.toEqual({ recorded: 2, unchanged: 0, alone: 1 });
      expect(alone.map((s) => s.stream)).toEqual(['recommendation-r2']);
    });

    it('re-delays only the step the decider finds not due, in a job of its own', async () => {
      const { processor, alone, forgotten } = setUp({ r1: ['not_due'] });
      await expect(processor.process(groupJob(['r1', 'r2']))).resolves.toEqual({ recorded: 1, unchanged: 0, alone: 1 });
      expect(alone.map((s) => s.stream)).toEqual(['recommendation-r1']);
      expect(forgotten).toEqual([]);
    });

    it('forgets the steps with nothing to record (moved, closed, already recorded), in one call', async () => {
      const { processor, forgotten } = setUp({ r2: ['unchanged'] });
      await expect(processor.process(groupJob(['r1', 'r2']))).resolves.toEqual({ recorded: 1, unchanged: 1, alone: 0 });
      expect(forgotten.map((s) => s.stream)).toEqual(['recommendation-r2']);
    });

    it('fails whole, to be retried with back-off, only when every step failed (store down)', async () => {
      const { processor, alone } = setUp({ r1: [new Error('store down')], r2: [new Error('store down')] });
      await expect(processor.process(groupJob(['r1', 'r2']))).rejects.toThrow('store down');
      expect(alone).toEqual([]);
    });

    it('waking early, drops the steps the schedule no longer holds (deadline moved) and sleeps with the rest', async () => {
      const { processor, batches, scheduled } = setUp({});
      scheduled.streams = ['recommendation-r1', 'recommendation-r3'];
      const early = groupJob(['r1', 'r2', 'r3'], NOW + 5_000);
      await expect(processor.process(early)).rejects.toBeInstanceOf(DelayedError);
      expect(early.data.steps.map((s) => s.stream)).toEqual(['recommendation-r1', 'recommendation-r3']);
      expect(early.delayedUntil).toEqual([WALL + 5_000]);
      expect(batches).toEqual([]);
    });

    it('waking early to find none of its steps scheduled, ends without recording', async () => {
      const { processor, batches, scheduled } = setUp({});
      scheduled.value = false;
      await expect(processor.process(groupJob(['r1', 'r2'], NOW + 5_000))).resolves.toEqual({ recorded: 0, unchanged: 2, alone: 0 });
      expect(batches).toEqual([]);
    });
  });
});
