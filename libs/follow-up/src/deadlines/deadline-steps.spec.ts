import { Actor, Decider, DomainEvent, SYSTEM_ACTOR } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { bundledEscalationLadder } from './deadline-ladder';
import {
  DeadlineStepCommand,
  DeadlineStepEvent,
  DeadlineTrack,
  DeadlineVersion,
  decideDeadlineStep,
  evolveDeadlineStep,
  initialDeadlineTrack,
  withNewDeadline,
} from './deadline-steps';

/** A minimal subject around the sub-decider; its two test events move the deadline and close it. */
type Moved = DomainEvent<'TestDeadlineMoved', DeadlineVersion>;
type Closed = DomainEvent<'TestSubjectClosed', Record<string, never>>;
type TestEvent = DeadlineStepEvent | Moved | Closed;

const V1: DeadlineVersion = { version: 1, dueOn: '2025-05-09', dueAt: '2025-05-09T16:00:00.000Z', timeZone: 'WITA' };
const V2: DeadlineVersion = { version: 2, dueOn: '2025-06-30', dueAt: '2025-06-30T16:00:00.000Z', timeZone: 'WITA' };

const subject: Decider<DeadlineTrack, DeadlineStepCommand, TestEvent> = {
  initialState: () => initialDeadlineTrack(V1),
  evolve: (state, event) => {
    switch (event.type) {
      case 'TestDeadlineMoved':
        return withNewDeadline(state, event.data);
      case 'TestSubjectClosed':
        return { ...state, open: false };
      default:
        return evolveDeadlineStep(state, event);
    }
  },
  decide: (command, state) => decideDeadlineStep(command, 'rec-1', state),
};
const spec = deciderSpec(subject);
const ladder = bundledEscalationLadder();
const DAY = 86_400_000;
const at = (iso: string, plusDays = 0) => new Date(Date.parse(iso) + plusDays * DAY);

const remind = (daysBefore: number, now: Date, deadlineVersion = 1, actor: Actor = SYSTEM_ACTOR): DeadlineStepCommand => ({
  type: 'SendDeadlineReminder',
  data: { deadlineVersion, daysBefore },
  actor,
  now,
});
const markOverdue = (now: Date, deadlineVersion = 1): DeadlineStepCommand => ({ type: 'MarkDeadlineOverdue', data: { deadlineVersion }, actor: SYSTEM_ACTOR, now });
const escalate = (level: number, now: Date, deadlineVersion = 1): DeadlineStepCommand => ({
  type: 'EscalateDeadline',
  data: { deadlineVersion, level },
  actor: SYSTEM_ACTOR,
  now,
  context: { ladder },
});

const reminded = (daysBefore: number, now: Date, v: DeadlineVersion = V1): TestEvent => ({
  type: 'DeadlineReminderSent',
  data: { subjectId: 'rec-1', deadlineVersion: v.version, daysBefore, dueAt: v.dueAt, remindedAt: now.toISOString() },
});
const overdue = (now: Date, v: DeadlineVersion = V1): TestEvent => ({
  type: 'DeadlineMarkedOverdue',
  data: { subjectId: 'rec-1', deadlineVersion: v.version, dueAt: v.dueAt, markedAt: now.toISOString() },
});
const escalated = (level: number, to: string, now: Date, v: DeadlineVersion = V1): TestEvent => ({
  type: 'DeadlineEscalated',
  data: { subjectId: 'rec-1', deadlineVersion: v.version, level, to, escalatedAt: now.toISOString() },
});
const moved = (v: DeadlineVersion): TestEvent => ({ type: 'TestDeadlineMoved', data: v });
const closed: TestEvent = { type: 'TestSubjectClosed', data: {} };

const SEVEN_BEFORE = at(V1.dueAt, -7);
const DUE = at(V1.dueAt);

describe('SendDeadlineReminder', () => {
  it('is recorded from dueAt − daysBefore days on', () => spec.given([]).when(remind(7, SEVEN_BEFORE)).then([reminded(7, SEVEN_BEFORE)]));
  it('is not due a millisecond earlier', () =>
    spec.given([]).when(remind(7, new Date(SEVEN_BEFORE.getTime() - 1))).thenThrows('DeadlineStepNotDue', 'conflict'));
  it('changes nothing when repeated', () => spec.given([reminded(7, SEVEN_BEFORE)]).when(remind(7, at(V1.dueAt, -6))).then([]));
  it('records each configured day count once', () =>
    spec.given([reminded(7, SEVEN_BEFORE)]).when(remind(1, at(V1.dueAt, -1))).then([reminded(1, at(V1.dueAt, -1))]));
  it('is pointless, so nothing, once the due instant has passed', () => spec.given([]).when(remind(1, DUE)).then([]));
  it('changes nothing for a stale deadline version', () => spec.given([moved(V2)]).when(remind(7, SEVEN_BEFORE, 1)).then([]));
  it('changes nothing when the subject is closed', () => spec.given([closed]).when(remind(7, SEVEN_BEFORE)).then([]));
  it('is recorded again for a new deadline version', () => {
    const now = at(V2.dueAt, -7);
    spec.given([reminded(7, SEVEN_BEFORE), moved(V2)]).when(remind(7, now, 2)).then([reminded(7, now, V2)]);
  });
  it('refuses daysBefore that is not a positive integer', () => spec.given([]).when(remind(0, SEVEN_BEFORE)).thenThrows('InvalidDaysBefore', 'invalid'));
  it('refuses a person who is not an admin', () =>
    spec.given([]).when(remind(7, SEVEN_BEFORE, 1, { id: 'o', role: 'officer', provinces: ['*'] })).thenThrows('RoleNotAllowed', 'forbidden'));
  it('lets an admin record it', () =>
    spec.given([]).when(remind(7, SEVEN_BEFORE, 1, { id: 'admin', role: 'admin' })).thenEvents((e) => expect(e).toHaveLength(1)));
});

describe('MarkDeadlineOverdue', () => {
  it('is not due before dueAt', () => spec.given([]).when(markOverdue(new Date(DUE.getTime() - 1))).thenThrows('DeadlineStepNotDue', 'conflict'));
  it('is recorded at the due instant', () => spec.given([]).when(markOverdue(DUE)).then([overdue(DUE)]));
  it('changes nothing when repeated', () => spec.given([overdue(DUE)]).when(markOverdue(at(V1.dueAt, 1))).then([]));
  it('changes nothing for a stale version or a closed subject', () => {
    spec.given([moved(V2)]).when(markOverdue(DUE, 1)).then([]);
    spec.given([closed]).when(markOverdue(DUE)).then([]);
  });
  it('needs its own mark for a moved deadline, due at the new instant', () => {
    spec.given([overdue(DUE), moved(V2)]).when(markOverdue(at(V1.dueAt, 1), 2)).thenThrows('DeadlineStepNotDue');
    spec.given([overdue(DUE), moved(V2)]).when(markOverdue(at(V2.dueAt), 2)).then([overdue(at(V2.dueAt), V2)]);
  });
});

describe('EscalateDeadline', () => {
  it('needs the overdue mark of that version first', () => spec.given([]).when(escalate(1, DUE)).thenThrows('DeadlineStepNotDue', 'conflict'));
  it('escalates to the unit head at the due instant (level 1, 0 days)', () =>
    spec.given([overdue(DUE)]).when(escalate(1, DUE)).then([escalated(1, 'unit_head', DUE)]));
  it('waits for the rung delay: level 2 after 14 days', () => {
    const history = [overdue(DUE), escalated(1, 'unit_head', DUE)];
    spec.given(history).when(escalate(2, new Date(at(V1.dueAt, 14).getTime() - 1))).thenThrows('DeadlineStepNotDue');
    spec.given(history).when(escalate(2, at(V1.dueAt, 14))).then([escalated(2, 'regional_secretary', at(V1.dueAt, 14))]);
  });
  it('does not skip a rung', () => spec.given([overdue(DUE), escalated(1, 'unit_head', DUE)]).when(escalate(3, at(V1.dueAt, 40))).thenThrows('DeadlineStepNotDue'));
  it('changes nothing for a rung already reached, or a lower one', () => {
    const history = [overdue(DUE), escalated(1, 'unit_head', DUE), escalated(2, 'regional_secretary', at(V1.dueAt, 14))];
    spec.given(history).when(escalate(2, at(V1.dueAt, 20))).then([]);
    spec.given(history).when(escalate(1, at(V1.dueAt, 20))).then([]);
  });
  it('changes nothing for a stale version or a closed subject', () => {
    spec.given([overdue(DUE), moved(V2)]).when(escalate(1, at(V1.dueAt, 1), 1)).then([]);
    spec.given([overdue(DUE), closed]).when(escalate(1, DUE)).then([]);
  });
  it('starts again from level 1 when the deadline moves', () => {
    const due2 = at(V2.dueAt);
    spec
      .given([overdue(DUE), escalated(1, 'unit_head', DUE), escalated(2, 'regional_secretary', at(V1.dueAt, 14)), moved(V2), overdue(due2, V2)])
      .when(escalate(1, due2, 2))
      .then([escalated(1, 'unit_head', due2, V2)]);
  });
  it('refuses a level that is not on the ladder, listing the levels', () =>
    spec.given([overdue(DUE)]).when(escalate(5, at(V1.dueAt, 100))).thenThrows('UnknownEscalationLevel', 'invalid'));
});
