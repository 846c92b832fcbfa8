import type { Verdict } from '../recommendation/domain/recommendation.vocabulary';

export interface ActionItemFacts {
  itemId: string;
  unitId: string;
  title: string;
  dueOn: string;
  dueAt: string;
  closedOn: string | null;
  seq: number;
}

export interface FollowUpFacts {
  followUpId: string;
  itemId: string | null;
  evidence: number;
  submittedOn: string;
  verdict: Verdict | null;
  verifiedOn: string | null;
  seq: number;
}

export interface ItemFacts {
  actionItems: ActionItemFacts[];
  followUps: FollowUpFacts[];
}

const bySeq = (a: { seq: number }, b: { seq: number }) => a.seq - b.seq;

/** The facts hash (see item-facts.ops), back in event order. */
export function parseFacts(hash: Record<string, string>): ItemFacts {
  const actionItems: ActionItemFacts[] = [];
  const followUps: FollowUpFacts[] = [];
  for (const [field, value] of Object.entries(hash)) {
    const colon = field.indexOf(':');
    const [kind, id] = [field.slice(0, colon), field.slice(colon + 1)];
    if (kind === 'ai') actionItems.push({ itemId: id, closedOn: hash[`aic:${id}`] ?? null, ...(JSON.parse(value) as Omit<ActionItemFacts, 'itemId' | 'closedOn'>) });
    if (kind === 'fu') {
      const verification = hash[`fuv:${id}`] ? (JSON.parse(hash[`fuv:${id}`]) as { verdict: Verdict; verifiedOn: string }) : null;
      const submitted = JSON.parse(value) as Omit<FollowUpFacts, 'followUpId' | 'verdict' | 'verifiedOn'>;
      followUps.push({ followUpId: id, ...submitted, verdict: verification?.verdict ?? null, verifiedOn: verification?.verifiedOn ?? null });
    }
  }
  return { actionItems: actionItems.sort(bySeq), followUps: followUps.sort(bySeq) };
}

const latest = (dates: string[]): string => dates.reduce((a, b) => (b > a ? b : a));

/** When an action item's part was done: closed, and a follow-up for it verified sesuai. */
function itemDoneOn(item: ActionItemFacts, followUps: FollowUpFacts[]): string | null {
  const sesuai = followUps.filter((f) => f.itemId === item.itemId && f.verdict === 'sesuai').map((f) => f.verifiedOn as string);
  if (item.closedOn === null || sesuai.length === 0) return null;
  return latest([item.closedOn, sesuai.reduce((a, b) => (b < a ? b : a))]);
}

/**
 * Legacy path only: whether a v1 history (stored before RecommendationFulfilled existed)
 * completed its follow-up, as the aggregate's legacy evolve derives it: a whole-recommendation
 * follow-up verified sesuai, or every action item closed and verified sesuai. A recommendation
 * takes no events once fulfilled, so its final facts tell when. Newer histories say so by event.
 */
export interface Fulfilment {
  closedOn: string;
  reason: string;
}

export function fulfilment(facts: ItemFacts): Fulfilment | null {
  const general = facts.followUps.find((f) => f.itemId === null && f.verdict === 'sesuai');
  if (general) return { closedOn: general.verifiedOn as string, reason: `follow-up ${general.followUpId} verified sesuai` };
  if (facts.actionItems.length === 0) return null;
  const done = facts.actionItems.map((item) => itemDoneOn(item, facts.followUps));
  if (done.some((on) => on === null)) return null;
  return { closedOn: latest(done as string[]), reason: 'every action item closed and verified sesuai' };
}

/** What is known about the evidence for an action item (or, with itemId undefined, the whole item). */
export type EvidenceState = 'missing' | 'awaiting_verification' | 'belum_sesuai' | 'sesuai';

export function evidenceState(followUps: FollowUpFacts[]): EvidenceState {
  if (followUps.length === 0) return 'missing';
  if (followUps.some((f) => f.verdict === 'sesuai')) return 'sesuai';
  const last = followUps[followUps.length - 1];
  return last.verdict === null ? 'awaiting_verification' : 'belum_sesuai';
}
