import type { ActionItem, Recommendation } from './recommendation.state';

/**
 * When a recommendation is complete: the one place this rule lives. The decider asks it after a
 * verdict or an item closure and, if complete, emits RecommendationFulfilled; evolve asks it only
 * for v1 histories, stored before that event existed (the legacy path).
 *
 * - A whole-recommendation follow-up verified sesuai completes it, even while action items are
 *   still open: the officer judged the recommendation itself implemented, so the items it was
 *   split into have nothing left to do and are closed by the completion (`closedActionItems`).
 *   Refusing the verdict until every unit closed its item would leave an implemented
 *   recommendation open, overdue and escalating because of bookkeeping.
 * - Otherwise every action item closed, each with a follow-up verified sesuai.
 */
export interface Completion {
  reason: string;
  followUpId: string | null;
  closedActionItems: string[];
}

export function everyItemDone(state: Pick<Recommendation, 'actionItems' | 'followUps'>): boolean {
  const verifiedSesuai = (item: ActionItem) => state.followUps.some((f) => f.itemId === item.itemId && f.verification?.verdict === 'sesuai');
  return state.actionItems.length > 0 && state.actionItems.every((item) => item.closed !== null && verifiedSesuai(item));
}

export function completionOf(state: Pick<Recommendation, 'actionItems' | 'followUps'>): Completion | null {
  const whole = state.followUps.find((f) => f.itemId === null && f.verification?.verdict === 'sesuai');
  if (whole) {
    const open = state.actionItems.filter((i) => i.closed === null).map((i) => i.itemId);
    return { reason: `follow-up ${whole.followUpId} verified sesuai`, followUpId: whole.followUpId, closedActionItems: open };
  }
  return everyItemDone(state) ? { reason: 'every action item closed and verified sesuai', followUpId: null, closedActionItems: [] } : null;
}

/** Follow-up status of an open recommendation, from its follow-ups alone (completion is an event). */
export function openStatus(state: Pick<Recommendation, 'followUps'>): 'belum_ditindaklanjuti' | 'menunggu_verifikasi' | 'belum_sesuai' {
  if (state.followUps.length === 0) return 'belum_ditindaklanjuti';
  return state.followUps.some((f) => f.verification === null) ? 'menunggu_verifikasi' : 'belum_sesuai';
}
