import { op, type ProjectionOp } from '@app/platform/projections';
import type { ActionItemAdded, ActionItemClosed, FollowUpSubmitted, FollowUpVerified } from '../recommendation/domain/recommendation.events';
import { itemKeys as K } from './follow-up-items.keys';

/**
 * Field names of a recommendation's facts hash. `seq` is the event's stream revision, so a
 * reader can put action items and follow-ups back in the order they happened.
 */
export const FACT = {
  actionItem: (itemId: string): string => `ai:${itemId}`,
  actionItemClosed: (itemId: string): string => `aic:${itemId}`,
  followUp: (followUpId: string): string => `fu:${followUpId}`,
  verification: (followUpId: string): string => `fuv:${followUpId}`,
};

/** One fact field (e.g. an action item closed by the recommendation's fulfilment). */
export const factOp = (sid: string, field: string, value: string): ProjectionOp => op.hset(K.facts(sid), { [field]: value });

type FactEvent = ActionItemAdded | ActionItemClosed | FollowUpSubmitted | FollowUpVerified;

/** Records what the aggregate would need to know whether its follow-up is complete. */
export function factsOps(sid: string, seq: number, event: FactEvent): ProjectionOp[] {
  const key = K.facts(sid);
  switch (event.type) {
    case 'ActionItemAdded': {
      const { itemId, unitId, title, dueOn, dueAt } = event.data;
      return [op.hset(key, { [FACT.actionItem(itemId)]: JSON.stringify({ unitId, title, dueOn, dueAt, seq }) })];
    }
    case 'ActionItemClosed':
      return [op.hset(key, { [FACT.actionItemClosed(event.data.itemId)]: event.data.closedOn })];
    case 'FollowUpSubmitted': {
      const { followUpId, itemId, evidence, submittedOn } = event.data;
      return [op.hset(key, { [FACT.followUp(followUpId)]: JSON.stringify({ itemId, evidence: evidence.length, submittedOn, seq }) })];
    }
    case 'FollowUpVerified': {
      const { followUpId, verdict, verifiedOn } = event.data;
      return [op.hset(key, { [FACT.verification(followUpId)]: JSON.stringify({ verdict, verifiedOn, seq }) })];
    }
  }
}
