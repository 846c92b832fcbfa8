import type { RecordedEvent } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import type { ReadSide } from '@app/platform/projections';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy';
import type { DeadlineJobs } from '../deadlines/deadline-jobs';
import type { NotificationJobs } from '../notifications/notification-jobs';
import type { DeadlineJobData } from '../queues/job-types';
import type { PendingSteps } from '../schedule/pending-steps';
import { DeadlineReactor, EventReaction } from './deadline.reactor';
import type { DeadlineSubjectState, SubjectStates } from './subject-states';

const policy: DeadlinePolicy = { reminderDaysBefore: [7, 1], ladder: [{ level: 1, to: 'unit_head', afterDays: 0 }, { level: 2, to: 'regional_secretary', afterDays: 14 }] };
const DUE_AT = '2025-06-01T16:00:00.000Z';
let position = 0n;
const event = (type: string, data: Record<string, unknown>, stream = 'recommendation-r1'): RecordedEvent =>
  ({ id: `e${++position}`, stream, revision: 0, position, type, data, metadata: { occurredAt: DUE_AT } }) as unknown as RecordedEvent;

function setUp(now: string, state: DeadlineSubjectState | null = null) {
  const scheduled: DeadlineJobData[] = [];
  const cancelled: Array<{ stream: string; versions: number[] }> = [];
  const notified: string[] = [];
  const forgotten: string[] = [];
  const reacted: string[] = [];
  const calls: string[] = [];
  const jobs = {
    schedule: async (d: DeadlineJobData[]) => void (scheduled.push(...d), d.length > 0 && calls.push(`schedule ${d.map((j) => `${j.stream}:${j.stepKey}`).join(',')}`)),
    cancel: async (stream: string, versions: number[]) => (cancelled.push({ stream, versions }), calls.push(`cancel ${stream}`), 0),
  };
  const notifications = { enqueue: async (events: RecordedEvent[]) => void notified.push(...events.map((e) => e.type)) };
  const subjects = { current: async () => state };
  const pending = { forget: async (s: { stepKey: string; version: number | null }) => (forgotten.push(`v${s.version}:${s.stepKey}`), true) };
  const pks: EventReaction = { eventTypes: ['PksSigned', 'PksTerminated'], handle: async (e) => void reacted.push(e.type) };
  const readSide = { keyPrefix: 'ofu:', clock: new ManualClock(new Date(now)) } as unknown as ReadSide;
  const reactor = new DeadlineReactor(
    readSide,
    jobs as unknown as DeadlineJobs,
    notifications as unknown as NotificationJobs,
    subjects as unknown as SubjectStates,
    pending as unknown as PendingSteps,
    policy,
    { horizonMs: 600_000, recoveryHours: 24 },
    [pks],
  );
  return { reactor, scheduled, cancelled, notified, forgotten, reacted, calls };
}

describe('DeadlineReactor', () => {
  it('schedules the steps of the deadlines set in one batch together (so a burst due at one instant shares jobs), before any cancellation', async () => {
    const { reactor, calls } = setUp('2025-06-01T15:59:00.000Z');
    await reactor.handle([
      event('RecommendationIssued', { deadline: { version: 1, dueAt: DUE_AT } }, 'recommendation-r1'),
      event('RecommendationIssued', { deadline: { version: 1, dueAt: DUE_AT } }, 'recommendation-r2'),
      event('DeadlineExtensionApproved', { deadline: { version: 2, dueAt: DUE_AT } }, 'recommendation-r3'),
      event('RecommendationIssued', { deadline: { version: 1, dueAt: DUE_AT } }, 'recommendation-r4'),
    ]);
    expect(calls).toEqual([
      'schedule recommendation-r1:reminder-1d,recommendation-r1:overdue,recommendation-r1:escalation-1,recommendation-r2:reminder-1d,recommendation-r2:overdue,recommendation-r2:escalation-1',
      'cancel recommendation-r3',
      'schedule recommendation-r3:reminder-1d,recommendation-r3:overdue,recommendation-r3:escalation-1,recommendation-r4:reminder-1d,recommendation-r4:overdue,recommendation-r4:escalation-1',
    ]);
  });

  it('gives a new deadline jobs for the steps due within the horizon, not the pointless reminders', async () => {
    const { reactor, scheduled } = setUp('2025-06-01T15:55:00.000Z');
    await reactor.handle([event('RecommendationIssued', { deadline: { version: 1, dueAt: DUE_AT } })]);
    // The 7-day reminder lies a week past: more than a day late, it would tell nobody anything.
    expect(scheduled.map((j) => [j.stepKey, new Date(j.at).toISOString()])).toEqual([
      ['reminder-1d', '2025-05-31T16:00:00.000Z'],
      ['overdue', DUE_AT],
      ['escalation-1', DUE_AT],
    ]);
    expect(scheduled[0]).toMatchObject({ subject: { kind: 'recommendation', id: 'r1' }, stream: 'recommendation-r1', version: 1, step: { type: 'reminder', daysBefore: 1 } });
    // The schedule can judge these jobs once it has applied that event.
    expect(new Set(scheduled.map((j) => j.since))).toEqual(new Set([String(position)]));
  });

  it('leaves steps beyond the horizon to the sweep, and past reminders out once the deadline has passed', async () => {
    const { reactor, scheduled } = setUp('2025-06-02T00:00:00.000Z');
    await reactor.handle([event('RecommendationIssued', { deadline: { version: 1, dueAt: DUE_AT } })]);
    expect(scheduled.map((j) => j.stepKey)).toEqual(['overdue', 'escalation-1']);
  });

  it('cancels the jobs of every earlier version when the deadline moves', async () => {
    const { reactor, cancelled } = setUp('2025-06-01T00:00:00.000Z');
    await reactor.handle([event('DeadlineExtensionApproved', { deadline: { version: 3, dueAt: '2025-07-01T16:00:00.000Z' } })]);
    expect(cancelled).toEqual([{ stream: 'recommendation-r1', versions: [1, 2] }]);
  });

  it('legacy path: takes a subject a v1 sesuai verdict closed out of the schedule, then cancels its jobs', async () => {
    const { reactor, cancelled, forgotten } = setUp('2025-06-01T00:00:00.000Z', { open: false, version: 2, dueAt: DUE_AT });
    await reactor.handle([event('FollowUpVerified', { verdict: 'sesuai' })]);
    expect(forgotten).toEqual(['v2:reminder-7d', 'v2:reminder-1d', 'v2:overdue', 'v2:escalation-1', 'v2:escalation-2']);
    expect(cancelled).toEqual([{ stream: 'recommendation-r1', versions: [1, 2] }]);
  });

  it('cancels a fulfilled recommendation on RecommendationFulfilled, taking the event at its word', async () => {
    const { reactor, cancelled, forgotten } = setUp('2025-06-01T00:00:00.000Z', { open: true, version: 2, dueAt: DUE_AT });
    await reactor.handle([event('RecommendationFulfilled', { fulfilledOn: '2025-06-01', reason: 'r', followUpId: null, closedActionItems: [] })]);
    expect(forgotten).toEqual(['v2:reminder-7d', 'v2:reminder-1d', 'v2:overdue', 'v2:escalation-1', 'v2:escalation-2']);
    expect(cancelled).toEqual([{ stream: 'recommendation-r1', versions: [1, 2] }]);
  });

  it('does not read the state for a v2 sesuai verdict: its completion, if any, comes as its own event', async () => {
    const { reactor, cancelled, forgotten } = setUp('2025-06-01T00:00:00.000Z', { open: false, version: 1, dueAt: DUE_AT });
    await reactor.handle([event('FollowUpVerified', { verdict: 'sesuai', completion: 'explicit' })]);
    expect([cancelled, forgotten]).toEqual([[], []]);
  });

  it('does nothing for a sesuai verdict that leaves the recommendation open', async () => {
    const { reactor, cancelled, forgotten } = setUp('2025-06-01T00:00:00.000Z', { open: true, version: 1, dueAt: DUE_AT });
    await reactor.handle([event('FollowUpVerified', { verdict: 'sesuai' })]);
    expect([cancelled, forgotten]).toEqual([[], []]);
  });

  it('notifies recorded steps, and hands PKS events to their reaction', async () => {
    const { reactor, notified, reacted } = setUp('2025-06-01T00:00:00.000Z');
    await reactor.handle([
      event('DeadlineMarkedOverdue', { deadlineVersion: 1, dueAt: DUE_AT }),
      event('PksSigned', {}, 'pks-p1'),
      event('DeadlineEscalated', { deadlineVersion: 1, level: 1 }),
    ]);
    expect(notified).toEqual(['DeadlineMarkedOverdue', 'DeadlineEscalated']);
    expect(reacted).toEqual(['PksSigned']);
  });
});
