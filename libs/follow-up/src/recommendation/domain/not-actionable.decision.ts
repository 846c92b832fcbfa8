import { conflict, dated } from '@app/kernel';
import type { AcceptNotActionable, RejectNotActionable, RequestNotActionable } from './recommendation.commands';
import type { NotActionableAccepted, NotActionableRejected, NotActionableRequested } from './recommendation.events';
import { actDate, asLiaison, asOfficer, optional, required } from './recommendation.guards';
import type { NotActionableRequest, Recommendation, RecommendationState } from './recommendation.state';

const pending = (rec: Recommendation) => rec.notActionableRequests.find((r) => r.outcome === 'pending');

/** tidak_dapat_ditindaklanjuti needs a stated reason (e.g. force majeure) and then an officer's acceptance. */
export function requestNotActionable(command: RequestNotActionable, state: RecommendationState): NotActionableRequested[] {
  const rec = asLiaison(command.actor, state, 'Request not actionable');
  const reason = required(command.data.reason, 'reason', 'ReasonRequired');
  const open = pending(rec);
  if (open) throw conflict('NotActionableAlreadyRequested', `A request made on ${open.requestedOn} is still awaiting an officer's decision`);
  const requested = actDate(command, rec, 'requestedOn', command.data.requestedOn);
  return [dated<NotActionableRequested>({ type: 'NotActionableRequested', data: { recommendationId: rec.recommendationId, reason, requestedOn: requested.on } }, requested)];
}

function awaitingDecision(rec: Recommendation): NotActionableRequest {
  const request = pending(rec);
  if (!request) throw conflict('NoPendingNotActionableRequest', `Recommendation ${rec.recommendationId} has no not-actionable request awaiting a decision`);
  return request;
}

/** A decision is not dated before the request it decides. */
const requestFloor = (request: NotActionableRequest) => ({ date: request.requestedOn, name: "the request's requestedOn", code: 'DateBeforeRequest' });

export function acceptNotActionable(command: AcceptNotActionable, state: RecommendationState): NotActionableAccepted[] {
  const rec = asOfficer(command.actor, state, 'Accept not actionable');
  const request = awaitingDecision(rec);
  const accepted = actDate(command, rec, 'acceptedOn', command.data.acceptedOn, requestFloor(request));
  return [dated<NotActionableAccepted>({ type: 'NotActionableAccepted', data: { recommendationId: rec.recommendationId, provinceCode: rec.provinceCode, note: optional(command.data.note), acceptedOn: accepted.on } }, accepted)];
}

/** A rejection must say why, so the provider knows what is still expected. */
export function rejectNotActionable(command: RejectNotActionable, state: RecommendationState): NotActionableRejected[] {
  const rec = asOfficer(command.actor, state, 'Reject not actionable');
  const request = awaitingDecision(rec);
  const note = required(command.data.note, 'note', 'NoteRequired');
  const rejected = actDate(command, rec, 'rejectedOn', command.data.rejectedOn, requestFloor(request));
  return [dated<NotActionableRejected>({ type: 'NotActionableRejected', data: { recommendationId: rec.recommendationId, note, rejectedOn: rejected.on } }, rejected)];
}
