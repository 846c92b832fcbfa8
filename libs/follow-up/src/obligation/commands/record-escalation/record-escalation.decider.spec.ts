import type { Actor } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { bundledEscalationLadder } from '../../../deadlines/deadline-ladder';
import type { RecordDeadlineEscalation } from '../../../deadlines/recorded-escalation';
import { Q3_2022_ID, admin, kalselLiaison, kalselOfficer, q3Scheduled, system } from '../../testing/obligation.fixtures';
import { ObligationCommand, obligationDecider } from '../../domain/obligation.decider';
import type { ObligationEvent } from '../../domain/obligation.events';
import { recordObligationEscalationDecider } from './record-escalation.decider';

const DUE_AT = q3Scheduled.data.deadline.dueAt; // end of 2022-10-10 in WITA
const DAY = 86_400_000;
const schedule = (now: Date): ObligationCommand => ({ type: 'ScheduleObligation', data: q3Scheduled.data, actor: system, now });

describe('an obligation scheduled late (a PKS recorded after its reports fell due)', () => {
  const spec = deciderSpec(obligationDecider);
  it('is scheduled live 23h59m after its due instant: no ladderFrom, no mark', () =>
    spec.given([]).when(schedule(new Date(Date.parse(DUE_AT) + DAY - 60_000))).then([q3Scheduled]));
  it('is marked overdue at once 24h01m after it, dated at the due instant, its ladder from the recording', () => {
    const now = new Date(Date.parse(DUE_AT) + DAY + 60_000);
    spec.given([]).when(schedule(now)).then([
      { type: 'ObligationScheduled', data: { ...q3Scheduled.data, deadline: { ...q3Scheduled.data.deadline, ladderFrom: now.toISOString() } } },
      { type: 'DeadlineMarkedOverdue', data: { subjectId: Q3_2022_ID, deadlineVersion: 1, dueAt: DUE_AT, markedAt: DUE_AT, recordedLate: true }, occurredAt: new Date(DUE_AT) },
    ]);
  });
});

describe('recording an escalation of an obligation', () => {
  const spec = deciderSpec(recordObligationEscalationDecider);
  const NOW = new Date('2023-02-01T03:00:00Z');
  const marked: ObligationEvent = { type: 'DeadlineMarkedOverdue', data: { subjectId: Q3_2022_ID, deadlineVersion: 1, dueAt: DUE_AT, markedAt: DUE_AT } };
  const record = (actor: Actor, level = 1): RecordDeadlineEscalation => ({
    type: 'RecordDeadlineEscalation',
    data: { level, escalatedOn: '2022-11-01' },
    actor,
    now: NOW,
    context: { ladder: bundledEscalationLadder() },
  });
  it('is recorded for an officer covering the province, dated by its business date, flagged recorded', () =>
    spec.given([q3Scheduled, marked]).when(record(kalselOfficer)).then([
      {
        type: 'DeadlineEscalated',
        data: { subjectId: Q3_2022_ID, deadlineVersion: 1, level: 1, to: 'unit_head', escalatedAt: '2022-11-01T15:59:59.999Z', recorded: true, recordedBy: 'officer-kalsel' },
        occurredAt: new Date('2022-11-01T15:59:59.999Z'),
      },
    ]));
  it('is open to an admin', () => spec.given([q3Scheduled, marked]).when(record(admin)).thenEvents((e) => expect(e).toHaveLength(1)));
  it('is refused to the provider liaison and to an officer of another province', () => {
    spec.given([q3Scheduled, marked]).when(record(kalselLiaison)).thenThrows('RoleNotAllowed', 'forbidden');
    spec.given([q3Scheduled, marked]).when(record({ id: 'officer-kaltim', role: 'officer', provinces: ['64'] })).thenThrows('OutsideScope', 'forbidden');
  });
  it('follows the ladder: the next rung only', () => spec.given([q3Scheduled, marked]).when(record(kalselOfficer, 2)).thenThrows('EscalationRungSkipped', 'conflict'));
  it('is 404 for an obligation never scheduled', () => spec.given([]).when(record(admin)).thenThrows('ObligationNotFound', 'not_found'));
});
