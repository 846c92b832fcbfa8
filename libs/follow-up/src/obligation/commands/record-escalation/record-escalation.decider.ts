import { Decider, authorizeOn, notFound, requireOmbudsmanAuthority } from '@app/kernel';
import { RecordDeadlineEscalation, decideRecordedEscalation } from '../../../deadlines/recorded-escalation';
import { obligationDecider } from '../../domain/obligation.decider';
import type { ObligationEvent, ObligationState } from '../../domain/obligation.events';

/**
 * The obligation's own history and visibility, deciding one command: recording an escalation
 * that happened outside the system (an officer covering the province, or an admin), with the
 * same ladder rules as a recommendation's (recorded-escalation).
 */
export const recordObligationEscalationDecider: Decider<ObligationState, RecordDeadlineEscalation, ObligationEvent> = {
  initialState: obligationDecider.initialState,
  evolve: obligationDecider.evolve,
  decide: (command, state) => {
    if (!state) throw notFound('ObligationNotFound', 'No such obligation: obligations are scheduled when a PKS with periodic reports is signed');
    requireOmbudsmanAuthority(command.actor, state, 'Record escalation');
    return decideRecordedEscalation(command, state.obligationId, state);
  },
  authorize: (command, state) => authorizeOn(command.actor, state, 'This obligation', false),
};
