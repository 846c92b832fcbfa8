import { conflict, dated, endOfDayInstant, invalid, isCalendarDate, notFound } from '@app/kernel';
import type { AddActionItem, CloseActionItem } from './recommendation.commands';
import { withCompletion } from './completion.decision';
import type { ActionItemAdded, ActionItemClosed, RecommendationFulfilled } from './recommendation.events';
import { actDate, asLiaison, optional, required } from './recommendation.guards';
import type { RecommendationState } from './recommendation.state';

/** The liaison splits the recommendation into items for the provider's units, due no later than it. */
export function addActionItem(command: AddActionItem, state: RecommendationState): ActionItemAdded[] {
  const rec = asLiaison(command.actor, state, 'Add action item');
  const unitIds = command.context?.unitIds;
  if (!unitIds) throw new Error("AddActionItem: the handler must load the provider's units");
  const { itemId, unitId, dueOn } = command.data;
  if (!unitIds.includes(unitId)) {
    throw invalid('UnknownUnit', `unit ${unitId} is not registered under ${rec.entityCode}`, [{ field: 'unitId', message: `not a unit of ${rec.entityCode}`, allowed: unitIds }]);
  }
  const title = required(command.data.title, 'title', 'TitleRequired');
  const latest = rec.deadline.dueOn;
  const allowed = `YYYY-MM-DD from ${rec.issuedOn} to ${latest}`;
  if (isCalendarDate(dueOn) && dueOn > latest) {
    throw invalid('ActionItemDueAfterRecommendation', `dueOn ${dueOn} is after the recommendation's due date ${latest}`, [{ field: 'dueOn', message: "after the recommendation's due date", allowed }]);
  }
  if (!isCalendarDate(dueOn) || dueOn < rec.issuedOn) {
    throw invalid('ActionItemDueBeforeIssue', `dueOn ${dueOn} must be a date on or after the issue date ${rec.issuedOn}`, [{ field: 'dueOn', message: 'before the issue date', allowed }]);
  }
  const added = actDate(command, rec, 'addedOn', command.data.addedOn);
  if (rec.actionItems.some((i) => i.itemId === itemId)) throw conflict('ActionItemAlreadyExists', `Action item ${itemId} already exists`);
  const dueAt = endOfDayInstant(dueOn, rec.deadline.timeZone).toISOString();
  return [dated<ActionItemAdded>({ type: 'ActionItemAdded', data: { recommendationId: rec.recommendationId, itemId, unitId, title, dueOn, dueAt, addedOn: added.on } }, added)];
}

/** A unit closes its item once evidence for it was submitted (evidence first); the last one may complete the recommendation. */
export function closeActionItem(command: CloseActionItem, state: RecommendationState): Array<ActionItemClosed | RecommendationFulfilled> {
  const rec = asLiaison(command.actor, state, 'Close action item');
  const { itemId } = command.data;
  const item = rec.actionItems.find((i) => i.itemId === itemId);
  if (!item) throw notFound('ActionItemNotFound', `Recommendation ${rec.recommendationId} has no action item ${itemId}`);
  if (item.closed) throw conflict('ActionItemAlreadyClosed', `Action item ${itemId} was closed on ${item.closed.closedOn}`);
  const firstFollowUp = rec.followUps.find((f) => f.itemId === itemId);
  if (!firstFollowUp) {
    throw conflict('FollowUpRequired', `Action item ${itemId} has no follow-up yet: submit one with evidence (itemId ${itemId}) before closing it`);
  }
  // Evidence first, in business time too: not closed before it was added nor before its first follow-up.
  const closed = actDate(
    command,
    rec,
    'closedOn',
    command.data.closedOn,
    { date: item.addedOn, name: `the addedOn of action item ${itemId}`, code: 'DateBeforeItemAdded' },
    { date: firstFollowUp.submittedOn, name: `the submittedOn of its follow-up ${firstFollowUp.followUpId}`, code: 'DateBeforeSubmission' },
  );
  const event: ActionItemClosed = {
    type: 'ActionItemClosed',
    data: { recommendationId: rec.recommendationId, itemId, closedOn: closed.on, note: optional(command.data.note), completion: 'explicit' },
  };
  return withCompletion(rec, event, closed);
}
