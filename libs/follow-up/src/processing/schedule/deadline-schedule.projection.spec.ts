import type { RecordedEvent } from '@app/event-store';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy';
import { deadlineScheduleProjection, parsePendingMember } from './deadline-schedule.projection';

const policy: DeadlinePolicy = { reminderDaysBefore: [7], ladder: [{ level: 1, to: 'unit_head', afterDays: 0 }] };
const projection = deadlineScheduleProjection(policy);
const stream = 'recommendation-r1';
const ms = (iso: string) => Date.parse(iso);

function event(type: string, data: Record<string, unknown>, on = stream): RecordedEvent {
  return { id: 'e', stream: on, revision: 0, position: 1n, type, data, metadata: {} as RecordedEvent['metadata'] };
}

describe('deadline-schedule projection', () => {
  it('adds every step of a new deadline with its instant, and records the version', () =>
    expect(projection.apply(event('RecommendationIssued', { deadline: { version: 1, dueAt: '2025-05-09T16:00:00.000Z' } }))).toEqual([
      {
        kind: 'zadd',
        key: 'pending',
        entries: [
          { score: ms('2025-05-02T16:00:00.000Z'), member: 'recommendation-r1|reminder-7d' },
          { score: ms('2025-05-09T16:00:00.000Z'), member: 'recommendation-r1|overdue' },
          { score: ms('2025-05-09T16:00:00.000Z'), member: 'recommendation-r1|escalation-1' },
        ],
      },
      { kind: 'hset', key: 'versions', fields: { 'recommendation-r1': '1' } },
    ]));

  it('moves the same members to a new version’s instants (steps done for the old one come back)', () => {
    const ops = projection.apply(event('DeadlineExtensionApproved', { deadline: { version: 2, dueAt: '2025-06-09T16:00:00.000Z' } }));
    expect(ops[0]).toMatchObject({ kind: 'zadd', entries: expect.arrayContaining([{ score: ms('2025-06-09T16:00:00.000Z'), member: 'recommendation-r1|overdue' }]) });
    expect(ops[1]).toEqual({ kind: 'hset', key: 'versions', fields: { 'recommendation-r1': '2' } });
  });

  it('schedules obligations the same way', () =>
    expect(projection.apply(event('ObligationScheduled', { deadline: { version: 1, dueAt: '2022-10-10T16:00:00.000Z' } }, 'obligation-p1.s1.2022-Q3'))[1]).toEqual({
      kind: 'hset',
      key: 'versions',
      fields: { 'obligation-p1.s1.2022-Q3': '1' },
    }));

  it('drops the member of a recorded step', () =>
    expect(projection.apply(event('DeadlineEscalated', { deadlineVersion: 1, level: 1 }))).toEqual([
      { kind: 'zrem', key: 'pending', members: ['recommendation-r1|escalation-1'] },
    ]));

  it.each(['RecommendationClosed', 'NotActionableAccepted', 'ObligationFulfilled', 'ObligationCancelled'])('drops everything of a subject closed by %s', (type) =>
    expect(projection.apply(event(type, {}))).toEqual([
      { kind: 'zrem', key: 'pending', members: ['recommendation-r1|reminder-7d', 'recommendation-r1|overdue', 'recommendation-r1|escalation-1'] },
      { kind: 'hdel', key: 'versions', fields: ['recommendation-r1'] },
    ]));

  it('leaves a sesuai verdict (closing or not) and events of other streams alone', () => {
    expect(projection.apply(event('FollowUpVerified', { verdict: 'sesuai' }))).toEqual([]);
    expect(projection.apply(event('RecommendationClosed', {}, 'pks-p1'))).toEqual([]);
  });

  it('splits a member at its last bar', () => expect(parsePendingMember('obligation-p.s.2022-Q3|reminder-7d')).toEqual({ stream: 'obligation-p.s.2022-Q3', stepKey: 'reminder-7d' }));
});
