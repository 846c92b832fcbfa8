import { CalendarDate, conflict, dated, endOfDayInstant, invalid, isCalendarDate, notFound } from '@app/kernel';
import type { ApproveDeadlineExtension, RefuseDeadlineExtension, RequestDeadlineExtension } from './recommendation.commands';
import type { DeadlineMarkedOverdue } from '../../deadlines/deadline-steps';
import { asKnownAt, lateOverdueMark } from '../../deadlines/late-records';
import type { DeadlineExtensionApproved, DeadlineExtensionRefused, DeadlineExtensionRequested } from './recommendation.events';
import { actDate, asLiaison, asOfficer, optional, required } from './recommendation.guards';
import type { ExtensionRequest, Recommendation, RecommendationState } from './recommendation.state';

function laterThanCurrent(rec: Recommendation, dueOn: CalendarDate, field: string): void {
  const current = rec.deadline.dueOn;
  if (!isCalendarDate(dueOn) || dueOn <= current) {
    throw invalid('ExtensionNotLater', `${field} ${dueOn} must be a date after the current due date ${current}`, [
      { field, message: 'not after the current due date', allowed: `YYYY-MM-DD after ${current}` },
    ]);
  }
}

export function requestExtension(command: RequestDeadlineExtension, state: RecommendationState): DeadlineExtensionRequested[] {
  const rec = asLiaison(command.actor, state, 'Request deadline extension');
  const { requestId, proposedDueOn } = command.data;
  const reason = required(command.data.reason, 'reason', 'ReasonRequired');
  laterThanCurrent(rec, proposedDueOn, 'proposedDueOn');
  const open = rec.extensionRequests.find((r) => r.outcome === 'pending');
  if (open) throw conflict('ExtensionAlreadyPending', `Extension request ${open.requestId} (to ${open.proposedDueOn}) is still awaiting an officer's decision`);
  if (rec.extensionRequests.some((r) => r.requestId === requestId)) throw conflict('ExtensionAlreadyRequested', `Extension request ${requestId} exists`);
  const requested = actDate(command, rec, 'requestedOn', command.data.requestedOn);
  return [dated<DeadlineExtensionRequested>({ type: 'DeadlineExtensionRequested', data: { recommendationId: rec.recommendationId, requestId, proposedDueOn, reason, requestedOn: requested.on } }, requested)];
}

function pendingRequest(rec: Recommendation, requestId: string): ExtensionRequest {
  const request = rec.extensionRequests.find((r) => r.requestId === requestId);
  if (!request) throw notFound('ExtensionRequestNotFound', `Recommendation ${rec.recommendationId} has no extension request ${requestId}`);
  if (request.outcome !== 'pending') {
    throw conflict('ExtensionAlreadyDecided', `Extension request ${requestId} was already ${request.outcome} on ${request.decision?.decidedOn ?? '?'}`);
  }
  return request;
}

/** A decision is not dated before the request it decides. */
const requestFloor = (request: ExtensionRequest) => ({ date: request.requestedOn, name: "the request's requestedOn", code: 'DateBeforeRequest' });

/** A new deadline version (previous + 1); every earlier version stays in deadlineHistory. */
export function approveExtension(command: ApproveDeadlineExtension, state: RecommendationState): Array<DeadlineExtensionApproved | DeadlineMarkedOverdue> {
  const rec = asOfficer(command.actor, state, 'Approve deadline extension');
  const request = pendingRequest(rec, command.data.requestId);
  const approved = actDate(command, rec, 'approvedOn', command.data.approvedOn, requestFloor(request));
  const dueOn = command.data.dueOn ?? request.proposedDueOn;
  laterThanCurrent(rec, dueOn, command.data.dueOn === undefined ? 'proposedDueOn' : 'dueOn');
  const { timeZone, version } = rec.deadline;
  // An extension to a date already over a day past (recorded late): marked overdue at once, its ladder from now.
  const deadline = asKnownAt({ version: version + 1, dueOn, dueAt: endOfDayInstant(dueOn, timeZone).toISOString(), timeZone }, command.now);
  return [
    dated<DeadlineExtensionApproved>({
      type: 'DeadlineExtensionApproved',
      data: { recommendationId: rec.recommendationId, provinceCode: rec.provinceCode, requestId: request.requestId, deadline, approvedOn: approved.on, note: optional(command.data.note) },
    }, approved),
    ...lateOverdueMark(rec.recommendationId, deadline),
  ];
}

export function refuseExtension(command: RefuseDeadlineExtension, state: RecommendationState): DeadlineExtensionRefused[] {
  const rec = asOfficer(command.actor, state, 'Refuse deadline extension');
  const request = pendingRequest(rec, command.data.requestId);
  const note = required(command.data.note, 'note', 'NoteRequired');
  const refused = actDate(command, rec, 'refusedOn', command.data.refusedOn, requestFloor(request));
  return [dated<DeadlineExtensionRefused>({ type: 'DeadlineExtensionRefused', data: { recommendationId: rec.recommendationId, requestId: request.requestId, note, refusedOn: refused.on } }, refused)];
}
