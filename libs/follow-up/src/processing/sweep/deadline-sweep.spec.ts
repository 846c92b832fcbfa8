import type Redis from 'ioredis';
import { ManualClock } from '@app/platform/clock';
import type { DeadlineJobs } from '../deadlines/deadline-jobs';
import type { DeadlineJobData } from '../queues/job-types';
import type { PendingStep, PendingSteps } from '../schedule/pending-steps';
import { DeadlineSweep } from './deadline-sweep';

const NOW = Date.parse('2025-06-01T16:00:00.000Z');
const DAY = 86_400_000;
const HORIZON = 600_000;

function setUp(steps: PendingStep[], mark: string | null = null) {
  const windows: Array<[number | null, number]> = [];
  const scheduled: DeadlineJobData[] = [];
  const forgotten: string[] = [];
  const store = new Map<string, string>(mark === null ? [] : [['ofu:deadlines:sweep:until', mark]]);
  const pending = {
    async *dueBetween(after: number | null, until: number) {
      windows.push([after, until]);
      yield steps.filter((s) => (after === null || s.at > after) && s.at <= until);
    },
    forget: async (s: PendingStep) => (forgotten.push(s.stepKey), true),
  };
  const redis = {
    get: async (k: string) => store.get(k) ?? null,
    set: async (k: string, v: string, ...options: unknown[]) => {
      if (options.includes('NX') && store.has(k)) return null;
      store.set(k, v);
      return 'OK';
    },
  };
  const jobs = { schedule: async (d: DeadlineJobData[]) => void scheduled.push(...d) };
  const clock = new ManualClock(new Date(NOW));
  const sweep = new DeadlineSweep(pending as unknown as PendingSteps, jobs as unknown as DeadlineJobs, redis as unknown as Redis, 'ofu:', clock, { horizonMs: HORIZON });
  return { sweep, windows, scheduled, forgotten, store, clock };
}

const step = (stepKey: string, at: number, version: number | null = 1): PendingStep => ({ stream: 'recommendation-r1', stepKey, at, version, since: '42' });

describe('DeadlineSweep', () => {
  it('without a mark, reads everything due by now + horizon and queues it', async () => {
    const { sweep, windows, scheduled } = setUp([step('overdue', NOW - DAY), step('escalation-1', NOW + 60_000), step('escalation-2', NOW + 14 * DAY)]);
    await expect(sweep.run()).resolves.toEqual({ full: true, scheduled: 2, dropped: 0 });
    expect(windows).toEqual([[null, NOW + HORIZON]]);
    expect(scheduled.map((j) => [j.stepKey, j.version, j.subject, j.since])).toEqual([
      ['overdue', 1, { kind: 'recommendation', id: 'r1' }, '42'],
      ['escalation-1', 1, { kind: 'recommendation', id: 'r1' }, '42'],
    ]);
  });

  it('then reads only what entered the horizon since the last sweep', async () => {
    const { sweep, windows, clock } = setUp([]);
    await sweep.run();
    clock.advance(60_000);
    await sweep.run();
    expect(windows[1]).toEqual([NOW + HORIZON, NOW + 60_000 + HORIZON]);
  });

  it('reads everything again once an hour, whichever replica gets there first', async () => {
    const { sweep, store } = setUp([]);
    await expect(sweep.run()).resolves.toMatchObject({ full: true });
    await expect(sweep.run()).resolves.toMatchObject({ full: false });
    store.delete('ofu:deadlines:sweep:full'); // its hour is up
    await expect(sweep.run()).resolves.toMatchObject({ full: true });
  });

  it('reads everything again when asked for a full sweep', async () => {
    const { sweep, windows } = setUp([], String(NOW + HORIZON));
    await expect(sweep.run({ full: true })).resolves.toMatchObject({ full: true });
    expect(windows).toEqual([[null, NOW + HORIZON]]);
  });

  it('never moves its mark back when the clock is set back', async () => {
    const { sweep, store, clock } = setUp([], String(NOW + 5 * HORIZON));
    await sweep.run();
    expect(store.get('ofu:deadlines:sweep:until')).toBe(String(NOW + 5 * HORIZON));
    clock.advance(10 * HORIZON);
    await sweep.run();
    expect(store.get('ofu:deadlines:sweep:until')).toBe(String(NOW + 11 * HORIZON));
  });

  it('drops what no job would record: past reminders, closed subjects, unknown steps', async () => {
    const { sweep, scheduled, forgotten } = setUp([step('reminder-7d', NOW - 8 * DAY), step('overdue', NOW - DAY, null), step('escalation-x', NOW), step('reminder-1d', NOW - 1)]);
    await expect(sweep.run()).resolves.toEqual({ full: true, scheduled: 1, dropped: 3 });
    expect(forgotten).toEqual(['reminder-7d', 'overdue', 'escalation-x']);
    expect(scheduled.map((j) => j.stepKey)).toEqual(['reminder-1d']);
  });
});
