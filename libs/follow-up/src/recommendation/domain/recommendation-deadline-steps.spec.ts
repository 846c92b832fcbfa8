import { SYSTEM_ACTOR, fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { bundledEscalationLadder } from '../../deadlines/deadline-ladder';
import { recommendationDecider } from './recommendation.decider';
import { REC, TODAY, command, event, followUpSubmitted, issuedEvent, verified } from './recommendation.spec-fixtures';
import type { RecommendationEvent } from './recommendation.events';

const spec = deciderSpec(recommendationDecider);
const DUE = new Date('2025-07-31T16:00:00.000Z');
const later = (days: number) => new Date(DUE.getTime() + days * 86_400_000);
const overdue = (version = 1, at = DUE) => command('MarkDeadlineOverdue', { deadlineVersion: version }, SYSTEM_ACTOR, { now: at });
const escalate = (level: number, at: Date) =>
  command('EscalateDeadline', { deadlineVersion: 1, level }, SYSTEM_ACTOR, { now: at, context: { ladder: bundledEscalationLadder() } });
const marked: RecommendationEvent = { type: 'DeadlineMarkedOverdue', data: { subjectId: REC, deadlineVersion: 1, dueAt: DUE.toISOString(), markedAt: DUE.toISOString() } };

describe('deadline steps on a recommendation', () => {
  it('marks it overdue at the due instant, naming the recommendation as subject', () => spec.given([issuedEvent]).when(overdue()).then([marked]));
  it('changes nothing when the job runs twice', () => spec.given([issuedEvent, marked]).when(overdue(1, later(1))).then([]));
  it('changes nothing once it is closed (verified sesuai)', () =>
    spec.given([issuedEvent, followUpSubmitted(), verified()]).when(overdue()).then([]));
  it('changes nothing for the version an approved extension replaced', () => {
    const approved = event('DeadlineExtensionApproved', {
      requestId: 'x-1',
      deadline: { version: 2, dueOn: '2025-09-30', dueAt: '2025-09-30T16:00:00.000Z', timeZone: 'WITA' },
      approvedOn: TODAY,
      note: '',
    });
    spec.given([issuedEvent, approved]).when(overdue(1)).then([]);
  });
  it('escalates up the ladder and keeps the record for the view', () => {
    const first: RecommendationEvent = { type: 'DeadlineEscalated', data: { subjectId: REC, deadlineVersion: 1, level: 1, to: 'unit_head', escalatedAt: DUE.toISOString() } };
    spec.given([issuedEvent, marked]).when(escalate(1, DUE)).then([first]);
    spec.given([issuedEvent, marked, first]).when(escalate(2, later(13))).thenThrows('DeadlineStepNotDue', 'conflict');
    expect(fold(recommendationDecider, [issuedEvent, marked, first])).toMatchObject({
      overdueVersion: 1,
      escalationLevel: 1,
      overdueMarks: [{ deadlineVersion: 1, markedAt: DUE.toISOString() }],
      escalations: [{ deadlineVersion: 1, level: 1, to: 'unit_head' }],
    });
  });
  it('records reminders for the view', () => {
    const at = later(-7);
    const cmd = command('SendDeadlineReminder', { deadlineVersion: 1, daysBefore: 7 }, SYSTEM_ACTOR, { now: at });
    const [reminded] = recommendationDecider.decide(cmd, fold(recommendationDecider, [issuedEvent]));
    expect(fold(recommendationDecider, [issuedEvent, reminded])).toMatchObject({
      remindersSent: [{ version: 1, daysBefore: 7 }],
      reminders: [{ deadlineVersion: 1, daysBefore: 7, remindedAt: at.toISOString() }],
    });
  });
  it('is 404 for a recommendation never issued', () => spec.given([]).when(overdue()).thenThrows('RecommendationNotFound', 'not_found'));
});

describe('old streams (RecommendationIssued v1 only)', () => {
  it('fold to empty lifecycle state, with the first deadline in history', () =>
    expect(fold(recommendationDecider, [issuedEvent])).toMatchObject({
      open: true,
      closure: null,
      actionItems: [],
      followUps: [],
      notActionableRequests: [],
      extensionRequests: [],
      remindersSent: [],
      overdueVersion: null,
      escalationLevel: 0,
      deadlineHistory: [issuedEvent.data.deadline],
    }));
});
