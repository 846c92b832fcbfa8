import type { Actor } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { bundledEscalationLadder } from '../../deadlines/deadline-ladder';
import { Q3_2022_ID, admin, kalselLiaison, kalselOfficer, paserLiaison, q3Scheduled, report, system } from '../testing/obligation.fixtures';
import { ObligationCommand, obligationDecider } from './obligation.decider';
import type { EvidenceDocument, ObligationEvent } from './obligation.events';

const spec = deciderSpec(obligationDecider);
const at = (iso: string) => new Date(iso);
const NOW = at('2022-10-05T03:00:00Z');

const schedule = (actor: Actor = system): ObligationCommand => ({ type: 'ScheduleObligation', data: q3Scheduled.data, actor, now: NOW });
const fulfil = (evidence: EvidenceDocument[] = [report], fulfilledOn = '2022-10-04', actor: Actor = kalselLiaison, now = NOW): ObligationCommand => ({
  type: 'FulfilObligation',
  data: { evidence, fulfilledOn },
  actor,
  now,
});
const cancel = (actor: Actor = system): ObligationCommand => ({
  type: 'CancelObligation',
  data: { reason: 'PKS terminated on 2022-09-01', cancelledOn: '2022-09-01' },
  actor,
  now: NOW,
});
const fulfilled: ObligationEvent = { type: 'ObligationFulfilled', data: { obligationId: Q3_2022_ID, provinceCode: '63', evidence: [report], fulfilledOn: '2022-10-04' } };
const cancelled: ObligationEvent = { type: 'ObligationCancelled', data: { obligationId: Q3_2022_ID, provinceCode: '63', reason: 'PKS terminated on 2022-09-01', cancelledOn: '2022-09-01' } };

describe('ScheduleObligation', () => {
  it('is written by the system (or an admin)', () => {
    spec.given([]).when(schedule()).then([q3Scheduled]);
    spec.given([]).when(schedule(admin)).then([q3Scheduled]);
  });
  it('changes nothing the second time', () => spec.given([q3Scheduled]).when(schedule()).then([]));
  it('is refused to people', () => spec.given([]).when(schedule(kalselOfficer)).thenThrows('RoleNotAllowed', 'forbidden'));
});

describe('FulfilObligation', () => {
  it("is recorded with its evidence by the provider's liaison", () =>
    spec.given([q3Scheduled]).when(fulfil()).then([{ ...fulfilled, occurredAt: at('2022-10-04T15:59:59.999Z') }]));

  it("is refused to another provider's liaison and to officers", () => {
    spec.given([q3Scheduled]).when(fulfil([report], '2022-10-04', paserLiaison)).thenThrows('OutsideScope', 'forbidden');
    spec.given([q3Scheduled]).when(fulfil([report], '2022-10-04', kalselOfficer)).thenThrows('RoleNotAllowed', 'forbidden');
  });

  it('is refused without evidence, naming the field', () => {
    spec.given([q3Scheduled]).when(fulfil([])).thenThrows('EvidenceRequired', 'invalid');
  });

  it('is refused with a badly described document, naming each bad field', () => {
    spec.given([q3Scheduled]).when(fulfil([{ ...report, sha256: 'ABC', size: 0 }])).thenThrows('InvalidEvidence', 'invalid');
    spec.given([q3Scheduled]).when(fulfil([report, { ...report, documentId: 'doc-2' }])).thenThrows('InvalidEvidence', 'invalid');
  });

  it('is refused dated before the period or after today in the provider zone', () => {
    spec.given([q3Scheduled]).when(fulfil([report], '2022-07-04')).thenThrows('DateBeforePeriod', 'invalid');
    spec.given([q3Scheduled]).when(fulfil([report], '2022-07-05')).thenEvents((e) => expect(e).toHaveLength(1));
    // 2022-10-05T17:00Z is already 6 October in WITA
    spec.given([q3Scheduled]).when(fulfil([report], '2022-10-06', kalselLiaison, at('2022-10-05T15:00:00Z'))).thenThrows('DateInFuture', 'invalid');
    spec.given([q3Scheduled]).when(fulfil([report], '2022-10-06', kalselLiaison, at('2022-10-05T17:00:00Z'))).thenEvents((e) => expect(e).toHaveLength(1));
  });

  it('carries the fulfilment date as occurredAt: the end of that day in the provider zone, or now when dated today', () => {
    spec.given([q3Scheduled]).when(fulfil([report], '2022-10-04')).then([{ ...fulfilled, occurredAt: at('2022-10-04T15:59:59.999Z') }]);
    spec.given([q3Scheduled]).when(fulfil([report], '2022-10-05')).thenEvents(([e]) => expect(e).not.toHaveProperty('occurredAt'));
    const undated = { ...fulfil(), data: { evidence: [report] } } as ObligationCommand;
    spec.given([q3Scheduled]).when(undated).thenEvents(([e]) => expect(e).toEqual({ type: 'ObligationFulfilled', data: expect.objectContaining({ fulfilledOn: '2022-10-05' }) }));
  });

  it('is accepted late, after the overdue mark', () => {
    const overdue: ObligationEvent = { type: 'DeadlineMarkedOverdue', data: { subjectId: Q3_2022_ID, deadlineVersion: 1, dueAt: '2022-10-10T16:00:00.000Z', markedAt: '2022-10-10T16:00:00.000Z' } };
    spec.given([q3Scheduled, overdue]).when(fulfil([report], '2022-10-20', kalselLiaison, at('2022-10-20T03:00:00Z'))).thenEvents((e) => expect(e[0].type).toBe('ObligationFulfilled'));
  });

  it('is refused twice, when cancelled, and for an obligation never scheduled', () => {
    spec.given([q3Scheduled, fulfilled]).when(fulfil()).thenThrows('ObligationAlreadyFulfilled', 'conflict');
    spec.given([q3Scheduled, cancelled]).when(fulfil()).thenThrows('ObligationCancelled', 'conflict');
    spec.given([]).when(fulfil()).thenThrows('ObligationNotFound', 'not_found');
  });
});

describe('CancelObligation', () => {
  it('closes an open obligation (system only)', () => {
    spec.given([q3Scheduled]).when(cancel()).then([cancelled]);
    spec.given([q3Scheduled]).when(cancel(kalselLiaison)).thenThrows('RoleNotAllowed', 'forbidden');
  });
  it('changes nothing when fulfilled, cancelled or never scheduled', () => {
    spec.given([q3Scheduled, fulfilled]).when(cancel()).then([]);
    spec.given([q3Scheduled, cancelled]).when(cancel()).then([]);
    spec.given([]).when(cancel()).then([]);
  });
});

describe('deadline steps on an obligation', () => {
  const ladder = bundledEscalationLadder();
  const remind = (now: string): ObligationCommand => ({ type: 'SendDeadlineReminder', data: { deadlineVersion: 1, daysBefore: 7 }, actor: system, now: at(now) });
  const markOverdue = (now: string): ObligationCommand => ({ type: 'MarkDeadlineOverdue', data: { deadlineVersion: 1 }, actor: system, now: at(now) });
  const escalate = (now: string): ObligationCommand => ({ type: 'EscalateDeadline', data: { deadlineVersion: 1, level: 1 }, actor: system, now: at(now), context: { ladder } });
  const overdue: ObligationEvent = { type: 'DeadlineMarkedOverdue', data: { subjectId: Q3_2022_ID, deadlineVersion: 1, dueAt: '2022-10-10T16:00:00.000Z', markedAt: '2022-10-10T16:00:00.000Z' } };

  it('reminds 7 days before the due instant, not earlier, and once', () => {
    spec.given([q3Scheduled]).when(remind('2022-10-03T16:00:00Z')).then([
      { type: 'DeadlineReminderSent', data: { subjectId: Q3_2022_ID, deadlineVersion: 1, daysBefore: 7, dueAt: '2022-10-10T16:00:00.000Z', remindedAt: '2022-10-03T16:00:00.000Z' } },
    ]);
    spec.given([q3Scheduled]).when(remind('2022-10-03T15:59:59Z')).thenThrows('DeadlineStepNotDue', 'conflict');
  });

  it('marks overdue at the end of the due day in WITA, then escalates to the unit head', () => {
    spec.given([q3Scheduled]).when(markOverdue('2022-10-10T16:00:00Z')).then([overdue]);
    spec.given([q3Scheduled, overdue]).when(escalate('2022-10-10T16:00:00Z')).thenEvents((e) => expect(e[0].data).toMatchObject({ level: 1, to: 'unit_head' }));
  });

  it('does nothing once the obligation is fulfilled or cancelled', () => {
    spec.given([q3Scheduled, fulfilled]).when(markOverdue('2022-10-11T00:00:00Z')).then([]);
    spec.given([q3Scheduled, cancelled]).when(remind('2022-10-04T00:00:00Z')).then([]);
  });

  it('is 404 for an obligation never scheduled, and refused to people', () => {
    spec.given([]).when(markOverdue('2022-10-11T00:00:00Z')).thenThrows('ObligationNotFound', 'not_found');
    spec.given([q3Scheduled]).when({ ...markOverdue('2022-10-11T00:00:00Z'), actor: kalselLiaison }).thenThrows('RoleNotAllowed', 'forbidden');
  });
});
