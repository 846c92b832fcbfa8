import { Decider, authorizeOn, requireOmbudsmanAuthority } from '@app/kernel';
import { RecordDeadlineEscalation, decideRecordedEscalation } from '../../../deadlines/recorded-escalation';
import { recommendationDecider } from '../../domain/recommendation.decider';
import type { RecommendationEvent } from '../../domain/recommendation.events';
import { issued } from '../../domain/recommendation.guards';
import type { RecommendationState } from '../../domain/recommendation.state';

/**
 * The recommendation's own history and visibility, deciding one command: recording an escalation
 * that happened outside the system. Only the Ombudsman escalates: an officer covering the
 * province, or an admin. Open or closed alike, as history may be recorded after the end.
 */
export const recordEscalationDecider: Decider<RecommendationState, RecordDeadlineEscalation, RecommendationEvent> = {
  initialState: recommendationDecider.initialState,
  evolve: recommendationDecider.evolve,
  decide: (command, state) => {
    const rec = issued(state);
    requireOmbudsmanAuthority(command.actor, rec, 'Record escalation');
    return decideRecordedEscalation(command, rec.recommendationId, rec);
  },
  authorize: (command, state) => authorizeOn(command.actor, state, 'This recommendation', false),
};
