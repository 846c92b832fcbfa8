import { Decider, assertNever, authorizeOn, conflict, dated, requireOmbudsmanAuthority } from '@app/kernel';
import { decideDeadlineStep } from '../../deadlines/deadline-steps';
import { addActionItem, closeActionItem } from './action-items.decision';
import { approveExtension, refuseExtension, requestExtension } from './extensions.decision';
import { submitFollowUp, verifyFollowUp } from './follow-ups.decision';
import { issue } from './issue.decision';
import { acceptNotActionable, rejectNotActionable, requestNotActionable } from './not-actionable.decision';
import type { CloseRecommendation, RecommendationCommand } from './recommendation.commands';
import type { RecommendationClosed, RecommendationEvent } from './recommendation.events';
import { actDate, issued, required } from './recommendation.guards';
import { RecommendationState, evolve } from './recommendation.state';

export type * from './recommendation.commands';

/*
 * How a recommendation ends, each with an event of its own:
 * - RecommendationFulfilled (sesuai): after the sesuai verdict or the last item closure that
 *   completes it, in the same append. A whole-recommendation follow-up verified sesuai completes
 *   it even while action items are open; those items are closed by the completion (listed in
 *   the event). See recommendation.completion for the rule and why.
 * - NotActionableAccepted (tidak_dapat_ditindaklanjuti) and RecommendationClosed (an officer
 *   stops following it up): already terminal events, kept as they are.
 * Histories stored before RecommendationFulfilled existed still read the same: evolve derives
 * their implied completion (the legacy path in recommendation.lifecycle).
 */

/** An officer may stop following a recommendation up, with a reason (e.g. superseded). */
function close(command: CloseRecommendation, state: RecommendationState): RecommendationClosed[] {
  const rec = issued(state);
  requireOmbudsmanAuthority(command.actor, rec, 'Close recommendation');
  if (!rec.open) throw conflict('RecommendationAlreadyClosed', `Recommendation ${rec.recommendationId} was closed on ${rec.closure?.closedOn ?? '?'}`);
  const reason = required(command.data.reason, 'reason', 'ReasonRequired');
  const closed = actDate(command, rec, 'closedOn', command.data.closedOn);
  return [dated<RecommendationClosed>({ type: 'RecommendationClosed', data: { recommendationId: rec.recommendationId, provinceCode: rec.provinceCode, closedOn: closed.on, reason } }, closed)];
}

function decide(command: RecommendationCommand, state: RecommendationState): RecommendationEvent[] {
  switch (command.type) {
    case 'IssueRecommendation':
      return issue(command, state);
    case 'AddActionItem':
      return addActionItem(command, state);
    case 'CloseActionItem':
      return closeActionItem(command, state);
    case 'SubmitFollowUp':
      return submitFollowUp(command, state);
    case 'VerifyFollowUp':
      return verifyFollowUp(command, state);
    case 'RequestNotActionable':
      return requestNotActionable(command, state);
    case 'AcceptNotActionable':
      return acceptNotActionable(command, state);
    case 'RejectNotActionable':
      return rejectNotActionable(command, state);
    case 'RequestDeadlineExtension':
      return requestExtension(command, state);
    case 'ApproveDeadlineExtension':
      return approveExtension(command, state);
    case 'RefuseDeadlineExtension':
      return refuseExtension(command, state);
    case 'CloseRecommendation':
      return close(command, state);
    case 'SendDeadlineReminder':
    case 'MarkDeadlineOverdue':
    case 'EscalateDeadline': {
      const rec = issued(state);
      return decideDeadlineStep(command, rec.recommendationId, rec);
    }
    default:
      return assertNever(command);
  }
}

export const recommendationDecider: Decider<RecommendationState, RecommendationCommand, RecommendationEvent> = {
  initialState: () => null,
  evolve,
  decide,
  authorize: (command, state) => authorizeOn(command.actor, state, 'This recommendation', command.type === 'IssueRecommendation'),
};
