import { CalendarDate, Decider, DomainCommand, assertNever, authorizeOn, conflict, dated, notFound, requireLiaisonOf, requireSystem } from '@app/kernel';
import { DeadlineStepCommand, decideDeadlineStep } from '../../deadlines/deadline-steps';
import { asKnownAt, lateOverdueMark } from '../../deadlines/late-records';
import { EvidenceDocument, Obligation, ObligationEvent, ObligationScheduled, ObligationState, evolveObligation } from './obligation.events';
import { requireEvidence, requireFulfilmentDate } from './obligation.rules';

/** Written by the system from a signed PKS (see obligationsForPks); the stream id is deterministic. */
export type ScheduleObligation = DomainCommand<'ScheduleObligation', ObligationScheduled['data']>;
/** `fulfilledOn`: the delivery date; absent means today in the provider's zone. */
export type FulfilObligation = DomainCommand<'FulfilObligation', { evidence: EvidenceDocument[]; fulfilledOn?: CalendarDate }>;
export type CancelObligation = DomainCommand<'CancelObligation', { reason: string; cancelledOn: CalendarDate }>;
export type ObligationCommand = ScheduleObligation | FulfilObligation | CancelObligation | DeadlineStepCommand;

function existing(state: ObligationState): Obligation {
  if (!state) throw notFound('ObligationNotFound', 'No such obligation: obligations are scheduled when a PKS with periodic reports is signed');
  return state;
}

function schedule(command: ScheduleObligation, state: ObligationState): ObligationEvent[] {
  requireSystem(command.actor, 'Schedule obligation');
  // Scheduling twice (a replayed PksSigned, two reactor replicas) is a no-op.
  if (state) return [];
  // A PKS recorded late owes reports long due: each is marked overdue once, its ladder from now (late-records).
  const deadline = asKnownAt(command.data.deadline, command.now);
  return [{ type: 'ObligationScheduled', data: { ...command.data, deadline } }, ...lateOverdueMark(command.data.obligationId, deadline)];
}

function fulfil(command: FulfilObligation, state: ObligationState): ObligationEvent[] {
  const obligation = existing(state);
  requireLiaisonOf(command.actor, obligation, 'Fulfil obligation');
  if (obligation.status === 'cancelled') {
    throw conflict('ObligationCancelled', `Obligation ${obligation.obligationId} was cancelled on ${obligation.cancellation?.cancelledOn}: ${obligation.cancellation?.reason}`);
  }
  if (obligation.status === 'fulfilled') {
    throw conflict('ObligationAlreadyFulfilled', `Obligation ${obligation.obligationId} was already fulfilled on ${obligation.fulfilment?.fulfilledOn}`);
  }
  const fulfilled = requireFulfilmentDate(command.data.fulfilledOn, obligation, command.now);
  const evidence = requireEvidence(command.data.evidence);
  return [dated<ObligationEvent>({ type: 'ObligationFulfilled', data: { obligationId: obligation.obligationId, provinceCode: obligation.provinceCode, evidence, fulfilledOn: fulfilled.on } }, fulfilled)];
}

function cancel(command: CancelObligation, state: ObligationState): ObligationEvent[] {
  requireSystem(command.actor, 'Cancel obligation');
  // Never scheduled, already fulfilled or cancelled: nothing left to cancel.
  if (!state || !state.open) return [];
  const { reason, cancelledOn } = command.data;
  return [{ type: 'ObligationCancelled', data: { obligationId: state.obligationId, provinceCode: state.provinceCode, reason, cancelledOn } }];
}

export function decideObligation(command: ObligationCommand, state: ObligationState): ObligationEvent[] {
  switch (command.type) {
    case 'ScheduleObligation':
      return schedule(command, state);
    case 'FulfilObligation':
      return fulfil(command, state);
    case 'CancelObligation':
      return cancel(command, state);
    case 'SendDeadlineReminder':
    case 'MarkDeadlineOverdue':
    case 'EscalateDeadline': {
      const obligation = existing(state);
      return decideDeadlineStep(command, obligation.obligationId, obligation);
    }
    default:
      return assertNever(command);
  }
}

export const obligationDecider: Decider<ObligationState, ObligationCommand, ObligationEvent> = {
  initialState: () => null,
  evolve: evolveObligation,
  decide: decideObligation,
  // Only the system schedules and cancels, and it sees everything.
  authorize: (command, state) => authorizeOn(command.actor, state, 'This obligation', command.type === 'ScheduleObligation'),
};
