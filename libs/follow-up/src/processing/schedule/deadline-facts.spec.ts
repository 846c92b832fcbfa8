import type { RecordedEvent } from '@app/event-store';
import { deadlineFactOf, streamOfSubject, subjectOfStream } from './deadline-facts';

const event = (type: string, data: Record<string, unknown>, stream = 'recommendation-r1') => ({ type, stream, data }) as Pick<RecordedEvent, 'type' | 'stream' | 'data'>;
const subject = { kind: 'recommendation', id: 'r1' };

describe('deadline facts', () => {
  it('knows the subject of recommendation and obligation streams, and nothing else', () => {
    expect(subjectOfStream('recommendation-9f1c')).toEqual({ kind: 'recommendation', id: '9f1c' });
    expect(subjectOfStream('obligation-p1.s2.2022-Q3')).toEqual({ kind: 'obligation', id: 'p1.s2.2022-Q3' });
    expect(subjectOfStream('pks-p1')).toBeNull();
    expect(streamOfSubject({ kind: 'obligation', id: 'p1.s2.2022-Q3' })).toBe('obligation-p1.s2.2022-Q3');
  });

  it('reads a deadline from issue, extension and obligation scheduling', () => {
    const deadline = { version: 2, dueOn: '2025-06-01', dueAt: '2025-06-01T16:00:00.000Z', timeZone: 'WITA' };
    expect(deadlineFactOf(event('DeadlineExtensionApproved', { deadline }))).toEqual({
      kind: 'deadline-set',
      stream: 'recommendation-r1',
      subject,
      version: 2,
      dueAt: '2025-06-01T16:00:00.000Z',
    });
  });

  it('reads the step of each step event', () => {
    expect(deadlineFactOf(event('DeadlineReminderSent', { deadlineVersion: 1, daysBefore: 7 }))).toMatchObject({ kind: 'step-recorded', version: 1, stepKey: 'reminder-7d' });
    expect(deadlineFactOf(event('DeadlineMarkedOverdue', { deadlineVersion: 3 }))).toMatchObject({ kind: 'step-recorded', version: 3, stepKey: 'overdue' });
    expect(deadlineFactOf(event('DeadlineEscalated', { deadlineVersion: 1, level: 4 }))).toMatchObject({ kind: 'step-recorded', stepKey: 'escalation-4' });
  });

  it('tells certain closing from a sesuai verdict that may close, and ignores belum_sesuai', () => {
    expect(deadlineFactOf(event('NotActionableAccepted', {}))).toMatchObject({ kind: 'closed' });
    expect(deadlineFactOf(event('ObligationCancelled', {}, 'obligation-o1'))).toMatchObject({ kind: 'closed', subject: { kind: 'obligation', id: 'o1' } });
    expect(deadlineFactOf(event('FollowUpVerified', { verdict: 'sesuai' }))).toMatchObject({ kind: 'maybe-closed' });
    expect(deadlineFactOf(event('RecommendationFulfilled', { fulfilledOn: '2025-06-01' }))).toMatchObject({ kind: 'closed', subject });
    // A v2 verdict is never maybe-closed: the RecommendationFulfilled after it says so (the v1 one above is the legacy path).
    expect(deadlineFactOf(event('FollowUpVerified', { verdict: 'sesuai', completion: 'explicit' }))).toBeNull();
    expect(deadlineFactOf(event('FollowUpVerified', { verdict: 'belum_sesuai' }))).toBeNull();
    expect(deadlineFactOf(event('ActionItemAdded', {}))).toBeNull();
  });
});
