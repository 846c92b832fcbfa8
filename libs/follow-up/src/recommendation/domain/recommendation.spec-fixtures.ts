import type { Actor } from '@app/kernel';
import { NOW, issueCmd, liaisonPaser, paser } from '../../testing/recommendation.fixtures';
import type { RecommendationCommand } from './recommendation.commands';
import { recommendationDecider } from './recommendation.decider';
import type { EvidenceDocument, LifecycleEvent, RecommendationEvent, RecommendationIssued } from './recommendation.events';

/** Spec support: a rekomendasi to Kab. Paser (WITA) issued 2025-03-10, due 2025-07-31; "today" is 2025-06-01. */
export const REC = 'rec-1';
export const TODAY = '2025-06-01';
export const liaisonPpu: Actor = { id: 'liaison-ppu', role: 'liaison', entityCode: '64.09' };

export const issuedEvent = recommendationDecider.decide(issueCmd(paser, { unitId: 'dpmptsp', dueOn: '2025-07-31' }), null)[0] as RecommendationIssued;

type Cmd<T extends RecommendationCommand['type']> = Extract<RecommendationCommand, { type: T }>;

export function command<T extends RecommendationCommand['type']>(type: T, data: Cmd<T>['data'], actor: Actor = liaisonPaser, extra: Partial<Cmd<T>> = {}): Cmd<T> {
  return { type, data, actor, now: NOW, ...extra } as Cmd<T>;
}

type Ev<T extends LifecycleEvent['type']> = Extract<LifecycleEvent, { type: T }>;

export function event<T extends LifecycleEvent['type']>(type: T, data: Omit<Ev<T>['data'], 'recommendationId'>): RecommendationEvent {
  return { type, data: { recommendationId: REC, ...data } } as unknown as RecommendationEvent;
}

export const doc = (n = 1): EvidenceDocument => ({
  documentId: `doc-${n}`,
  name: `sk-standar-pelayanan-${n}.pdf`,
  mediaType: 'application/pdf',
  size: 48_213,
  sha256: 'a'.repeat(63) + String(n % 10),
  storageKey: `aa/${'a'.repeat(63)}${n % 10}`,
});

export const itemAdded = (itemId = 'item-1', dueOn = '2025-07-15', addedOn = TODAY) =>
  event('ActionItemAdded', { itemId, unitId: 'dpmptsp', title: 'Display the service standard', dueOn, dueAt: `${dueOn}T16:00:00.000Z`, addedOn });
export const followUpSubmitted = (followUpId = 'fu-1', itemId: string | null = null) =>
  event('FollowUpSubmitted', { followUpId, itemId, summary: 'Standard published at the counter', evidence: [doc()], submittedOn: TODAY });
/** v1 shapes (stored before RecommendationFulfilled existed): their completion is implied (legacy path). */
export const verified = (followUpId = 'fu-1', verdict: 'sesuai' | 'belum_sesuai' = 'sesuai') =>
  event('FollowUpVerified', { followUpId, verdict, note: 'Checked on site', verifiedOn: TODAY });
export const itemClosed = (itemId = 'item-1') => event('ActionItemClosed', { itemId, closedOn: TODAY, note: '' });

/** v2 shapes, as the decider writes them now: a completion follows as RecommendationFulfilled. */
export const verifiedV2 = (followUpId = 'fu-1', verdict: 'sesuai' | 'belum_sesuai' = 'sesuai', awaitingVerification = 0) =>
  event('FollowUpVerified', { followUpId, verdict, note: 'Checked on site', verifiedOn: TODAY, completion: 'explicit', awaitingVerification });
export const itemClosedV2 = (itemId = 'item-1', note = '') => event('ActionItemClosed', { itemId, closedOn: TODAY, note, completion: 'explicit' });
export const fulfilledEvent = (followUpId: string | null = 'fu-1', closedActionItems: string[] = []) =>
  event('RecommendationFulfilled', {
    provinceCode: issuedEvent.data.provinceCode,
    fulfilledOn: TODAY,
    reason: followUpId ? `follow-up ${followUpId} verified sesuai` : 'every action item closed and verified sesuai',
    followUpId,
    closedActionItems,
  });
