import { conflict } from '@app/kernel';
import type { AcceptNotActionable, RejectNotActionable, RequestNotActionable } from './recommendation.commands';
import type { NotActionableAccepted, NotActionableRejected, NotActionableRequested } from './recommendation.events';
import { asLiaison, asOfficer, optional, required, today } from './recommendation.guards';
import type { Recommendation, RecommendationState } from './recommendation.state';

const pending = (rec: Recommendation) => rec.notActionableRequests.find((r) => r.outcome === 'pending');

/** tidak_dapat_ditindaklanjuti needs a stated reason (e.g. force majeure) and then an officer's acceptance. */
export function requestNotActionable(command: RequestNotActionable, state: RecommendationState): NotActionableRequested[] {
  const rec = asLiaison(command.actor, state, 'Request not actionable');
  const reason = required(command.data.reason, 'reason', 'ReasonRequired');
  const open = pending(rec);
  if (open) throw conflict('NotActionableAlreadyRequested', `A request made on ${open.requestedOn} is still awaiting an officer's decision`);
  return [{ type: 'NotActionableRequested', data: { recommendationId: rec.recommendationId, reason, requestedOn: today(command, rec) } }];
}

function awaitingDecision(rec: Recommendation): void {
  if (!pending(rec)) throw conflict('NoPendingNotActionableRequest', `Recommendation ${rec.recommendationId} has no not-actionable request awaiting a decision`);
}

export function acceptNotActionable(command: AcceptNotActionable, state: RecommendationState): NotActionableAccepted[] {
  const rec = asOfficer(command.actor, state, 'Accept not actionable');
  awaitingDecision(rec);
  return [{ type: 'NotActionableAccepted', data: { recommendationId: rec.recommendationId, note: optional(command.data.note), acceptedOn: today(command, rec) } }];
}

/** A rejection must say why, so the provider knows what is still expected. */
export function rejectNotActionable(command: RejectNotActionable, state: RecommendationState): NotActionableRejected[] {
  const rec = asOfficer(command.actor, state, 'Reject not actionable');
  awaitingDecision(rec);
  const note = required(command.data.note, 'note', 'NoteRequired');
  return [{ type: 'NotActionableRejected', data: { recommendationId: rec.recommendationId, note, rejectedOn: today(command, rec) } }];
}
