import type { RecordedEvent } from '@app/event-store';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy';
import { isNotified } from '../notifications/notification-jobs';
import { deadlineFactOf } from './deadline-facts';
import { deadlineSchedule, isPointless } from './deadline-schedule';
import { deadlineScheduleProjection } from './deadline-schedule.projection';

const policy: DeadlinePolicy = {
  reminderDaysBefore: [7, 1],
  ladder: [
    { level: 1, to: 'unit_head', afterDays: 0 },
    { level: 2, to: 'regional_secretary', afterDays: 14 },
  ],
};
const DAY = 86_400_000;
const MIN = 60_000;
const late = { version: 1, dueAt: '2023-03-31T16:00:00.000Z', ladderFrom: '2026-12-01T03:00:00.000Z' };

function event(type: string, data: Record<string, unknown>): RecordedEvent {
  return { id: 'e', stream: 'recommendation-r1', revision: 0, position: 1n, type, data, metadata: {} as RecordedEvent['metadata'] };
}

describe('the schedule of a version recorded late', () => {
  it('holds only the ladder, measured from the recording time: no reminder, no overdue step (it came with the record)', () =>
    expect(deadlineSchedule(late, policy).map(({ key, at }) => [key, at.toISOString()])).toEqual([
      ['escalation-1', '2026-12-01T03:00:00.000Z'],
      ['escalation-2', '2026-12-15T03:00:00.000Z'],
    ]));

  it('is read from the deadline-set event that carries ladderFrom', () =>
    expect(deadlineFactOf(event('RecommendationIssued', { deadline: late }))).toMatchObject({ kind: 'deadline-set', ladderFrom: late.ladderFrom }));

  it('takes the previous version’s reminder and overdue members out, so none lingers', () => {
    const ops = deadlineScheduleProjection(policy).apply(event('DeadlineExtensionApproved', { deadline: { ...late, version: 2 } }));
    expect(ops).toContainEqual({ kind: 'zrem', key: 'pending', members: ['recommendation-r1|reminder-7d', 'recommendation-r1|reminder-1d', 'recommendation-r1|overdue'] });
  });
});

describe('a reminder is pointless more than a day past its own instant', () => {
  const at = Date.parse('2026-12-03T16:00:00.000Z'); // the 7-day reminder of a deadline due 2026-12-10
  const step = { type: 'reminder' as const, daysBefore: 7 };
  it('is still worth a job 23h59m after it', () => expect(isPointless(step, at, at + 23 * 60 * MIN + 59 * MIN)).toBe(false));
  it('is not 24h01m after it', () => expect(isPointless(step, at, at + DAY + MIN)).toBe(true));
});

describe('notifications', () => {
  const data = { subjectId: 'r1', deadlineVersion: 1, dueAt: late.dueAt };
  it('go out for live steps', () => {
    expect(isNotified(event('DeadlineMarkedOverdue', { ...data, markedAt: late.dueAt }))).toBe(true);
    expect(isNotified(event('DeadlineEscalated', { ...data, level: 1, to: 'unit_head', escalatedAt: late.ladderFrom }))).toBe(true);
  });
  it('never for the overdue mark of a late record nor a recorded (historical) escalation', () => {
    expect(isNotified(event('DeadlineMarkedOverdue', { ...data, markedAt: late.dueAt, recordedLate: true }))).toBe(false);
    expect(isNotified(event('DeadlineEscalated', { ...data, level: 1, to: 'unit_head', escalatedAt: late.dueAt, recorded: true }))).toBe(false);
  });
});
