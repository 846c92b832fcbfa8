import { withNewDeadline } from '../../deadlines/deadline-steps';
import { completionOf, openStatus } from './recommendation.completion';
import type { ActionItemClosed, FollowUpVerified, LifecycleEvent } from './recommendation.events';
import type { FollowUp, Recommendation } from './recommendation.state';
import { SYSTEM_CHANNEL } from './recommendation.vocabulary';

const replaceWhere = <T>(list: T[], match: (x: T) => boolean, change: (x: T) => T): T[] => list.map((x) => (match(x) ? change(x) : x));

/** `sesuai`, and no longer followed up, from `closedOn` on. */
const fulfilled = (state: Recommendation, closedOn: string, reason: string): Recommendation => ({
  ...state,
  status: 'sesuai',
  open: false,
  closure: { kind: 'verified', closedOn, reason },
});

/**
 * Legacy path: a v1 event (no `completion` marker) was stored before RecommendationFulfilled
 * existed, so its completion is implied and derived here, as it always was (open action items
 * stay as they were then). A marked event is followed by RecommendationFulfilled when it completes.
 */
function impliedCompletion(state: Recommendation, event: ActionItemClosed | FollowUpVerified, on: string): Recommendation {
  if (event.data.completion !== undefined || !state.open) return state;
  const completion = completionOf(state);
  return completion ? fulfilled(state, on, completion.reason) : state;
}

/** The follow-up status moves with follow-ups while the recommendation is open; its end is an event. */
const withOpenStatus = (state: Recommendation): Recommendation => (state.open ? { ...state, status: openStatus(state) } : state);

/** Applies the liaison's and officers' events; status follows from them (DOMAIN.md's vocabulary). */
export function applyLifecycle(state: Recommendation, event: LifecycleEvent): Recommendation {
  switch (event.type) {
    case 'ActionItemAdded': {
      const { itemId, unitId, title, dueOn, dueAt, addedOn = state.issuedOn } = event.data;
      return { ...state, actionItems: [...state.actionItems, { itemId, unitId, title, dueOn, dueAt, addedOn, closed: null }] };
    }
    case 'ActionItemClosed': {
      const { itemId, closedOn, note } = event.data;
      const next = { ...state, actionItems: replaceWhere(state.actionItems, (i) => i.itemId === itemId, (i) => ({ ...i, closed: { closedOn, note } })) };
      return impliedCompletion(next, event, closedOn);
    }
    case 'FollowUpSubmitted': {
      const { followUpId, itemId, summary, evidence, submittedOn, receivedVia = SYSTEM_CHANNEL, letterNumber = null } = event.data;
      const followUp: FollowUp = { followUpId, itemId, summary, evidence: evidence.map((d) => ({ ...d })), submittedOn, receivedVia, letterNumber, verification: null };
      return withOpenStatus({ ...state, followUps: [...state.followUps, followUp] });
    }
    case 'FollowUpVerified': {
      const { followUpId, verdict, note, verifiedOn } = event.data;
      const followUps = replaceWhere(state.followUps, (f) => f.followUpId === followUpId, (f) => ({ ...f, verification: { verdict, note, verifiedOn } }));
      return impliedCompletion(withOpenStatus({ ...state, followUps }), event, verifiedOn);
    }
    case 'RecommendationFulfilled': {
      const { fulfilledOn, reason, closedActionItems } = event.data;
      const closing = new Set(closedActionItems);
      const actionItems = replaceWhere(state.actionItems, (i) => closing.has(i.itemId) && i.closed === null, (i) => ({ ...i, closed: { closedOn: fulfilledOn, note: reason } }));
      return fulfilled({ ...state, actionItems }, fulfilledOn, reason);
    }
    case 'NotActionableRequested': {
      const { reason, requestedOn } = event.data;
      return { ...state, notActionableRequests: [...state.notActionableRequests, { reason, requestedOn, outcome: 'pending', decision: null }] };
    }
    case 'NotActionableAccepted': {
      const { note, acceptedOn } = event.data;
      const requests = decideLatest(state, 'accepted', note, acceptedOn);
      const reason = requests[requests.length - 1]?.reason ?? note;
      return {
        ...state,
        notActionableRequests: requests,
        status: 'tidak_dapat_ditindaklanjuti',
        open: false,
        closure: { kind: 'not_actionable', closedOn: acceptedOn, reason },
      };
    }
    case 'NotActionableRejected':
      return { ...state, notActionableRequests: decideLatest(state, 'rejected', event.data.note, event.data.rejectedOn) };
    case 'DeadlineExtensionRequested': {
      const { requestId, proposedDueOn, reason, requestedOn } = event.data;
      return { ...state, extensionRequests: [...state.extensionRequests, { requestId, proposedDueOn, reason, requestedOn, outcome: 'pending', decision: null }] };
    }
    case 'DeadlineExtensionApproved': {
      const { requestId, deadline, approvedOn, note } = event.data;
      // An approved date is given, not counted: no calendar decided it.
      const current = { ...deadline, setBy: 'extension' as const, rule: null, calendar: null };
      const decided = { note, decidedOn: approvedOn, deadlineVersion: deadline.version };
      return {
        ...withNewDeadline(state, current),
        deadlineHistory: [...state.deadlineHistory, current],
        extensionRequests: replaceWhere(state.extensionRequests, (r) => r.requestId === requestId, (r) => ({ ...r, outcome: 'approved', decision: decided })),
      };
    }
    case 'DeadlineExtensionRefused': {
      const { requestId, note, refusedOn } = event.data;
      const decided = { note, decidedOn: refusedOn, deadlineVersion: null };
      return { ...state, extensionRequests: replaceWhere(state.extensionRequests, (r) => r.requestId === requestId, (r) => ({ ...r, outcome: 'refused', decision: decided })) };
    }
    case 'RecommendationClosed':
      return { ...state, open: false, closure: { kind: 'administrative', closedOn: event.data.closedOn, reason: event.data.reason } };
  }
}

function decideLatest(state: Recommendation, outcome: 'accepted' | 'rejected', note: string, decidedOn: string) {
  const last = state.notActionableRequests.length - 1;
  return state.notActionableRequests.map((r, i) => (i === last ? { ...r, outcome, decision: { note, decidedOn } } : r));
}
