import { withNewDeadline } from '../../deadlines/deadline-steps';
import type { LifecycleEvent } from './recommendation.events';
import type { ActionItem, FollowUp, Recommendation } from './recommendation.state';

const replaceWhere = <T>(list: T[], match: (x: T) => boolean, change: (x: T) => T): T[] => list.map((x) => (match(x) ? change(x) : x));

/** Every action item is closed and one of its follow-ups was verified sesuai. */
export function everyItemDone(state: Pick<Recommendation, 'actionItems' | 'followUps'>): boolean {
  const verifiedSesuai = (item: ActionItem) =>
    state.followUps.some((f) => f.itemId === item.itemId && f.verification?.verdict === 'sesuai');
  return state.actionItems.length > 0 && state.actionItems.every((item) => item.closed !== null && verifiedSesuai(item));
}

/** `sesuai`, and no longer followed up, from `closedOn` on. */
const fulfilled = (state: Recommendation, closedOn: string, reason: string): Recommendation => ({
  ...state,
  status: 'sesuai',
  open: false,
  closure: { kind: 'verified', closedOn, reason },
});

function verified(state: Recommendation, followUp: FollowUp, verifiedOn: string): Recommendation {
  if (followUp.verification?.verdict !== 'sesuai') return state;
  if (followUp.itemId === null) return fulfilled(state, verifiedOn, `follow-up ${followUp.followUpId} verified sesuai`);
  return everyItemDone(state) ? fulfilled(state, verifiedOn, 'every action item closed and verified sesuai') : state;
}

/** Applies the liaison's and officers' events; status follows from them (DOMAIN.md's vocabulary). */
export function applyLifecycle(state: Recommendation, event: LifecycleEvent): Recommendation {
  switch (event.type) {
    case 'ActionItemAdded': {
      const { itemId, unitId, title, dueOn, dueAt } = event.data;
      return { ...state, actionItems: [...state.actionItems, { itemId, unitId, title, dueOn, dueAt, closed: null }] };
    }
    case 'ActionItemClosed': {
      const { itemId, closedOn, note } = event.data;
      const next = { ...state, actionItems: replaceWhere(state.actionItems, (i) => i.itemId === itemId, (i) => ({ ...i, closed: { closedOn, note } })) };
      return everyItemDone(next) ? fulfilled(next, closedOn, 'every action item closed and verified sesuai') : next;
    }
    case 'FollowUpSubmitted': {
      const { followUpId, itemId, summary, evidence, submittedOn } = event.data;
      const followUp: FollowUp = { followUpId, itemId, summary, evidence: evidence.map((d) => ({ ...d })), submittedOn, verification: null };
      const status = state.status === 'belum_ditindaklanjuti' ? 'belum_sesuai' : state.status;
      return { ...state, status, followUps: [...state.followUps, followUp] };
    }
    case 'FollowUpVerified': {
      const { followUpId, verdict, note, verifiedOn } = event.data;
      const followUps = replaceWhere(state.followUps, (f) => f.followUpId === followUpId, (f) => ({ ...f, verification: { verdict, note, verifiedOn } }));
      const followUp = followUps.find((f) => f.followUpId === followUpId);
      return followUp ? verified({ ...state, followUps }, followUp, verifiedOn) : state;
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
      const current = { ...deadline, setBy: 'extension' as const, rule: null };
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
