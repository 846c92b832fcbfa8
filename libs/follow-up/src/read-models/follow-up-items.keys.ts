import { NATIONAL } from '@app/platform/read-query';
import { OBLIGATION_STATUSES } from '../obligation/domain/obligation.events';
import { FOLLOW_UP_STATUSES, RECOMMENDATION_KINDS, SOURCE_TYPES } from '../recommendation/domain/recommendation.vocabulary';

/** Recommendations and PKS obligations, as follow-up items. */
export const RECOMMENDATIONS_READ_MODEL = 'recommendations';

/** Obligations join the recommendations' vocabularies as kind `obligation` from source `pks`. */
export const ITEM_KINDS = [...RECOMMENDATION_KINDS, 'obligation'] as const;
export const ITEM_SOURCES = [...SOURCE_TYPES, 'pks'] as const;
export const ITEM_STATUSES = [...FOLLOW_UP_STATUSES, ...OBLIGATION_STATUSES] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * Keys relative to the projection's namespace. An item is named by its stream
 * (`recommendation-<id>`, `obligation-<id>`), which is also its member in every index.
 * Scope and filters are index sets intersected at query time with a sorted set by due instant,
 * except the commonest ask, one province's open items (an officer's queues), which has a sorted
 * set of its own: the events that move an item in or out of it repeat the province (ProvinceTag).
 */
export const itemKeys = {
  /** Hash: the item's summary (see the projection). */
  item: (sid: string): string => `item:${sid}`,
  /** Hash: action items (`ai:`, `aic:`) and follow-ups (`fu:`, `fuv:`) of a recommendation. */
  facts: (sid: string): string => `facts:${sid}`,
  /** Hash: name, provinceCode, timezone of a provider. */
  entity: (code: string): string => `entity:${code}`,
  /** Hash: unitId → name. */
  units: (code: string): string => `units:${code}`,
  byEntity: (code: string): string => `ix:entity:${code}`,
  byUnit: (unitId: string): string => `ix:unit:${unitId}`,
  byProvince: (province: string | null): string => `ix:province:${province ?? NATIONAL}`,
  byStatus: (status: string): string => `ix:status:${status}`,
  byKind: (kind: string): string => `ix:kind:${kind}`,
  bySource: (source: string): string => `ix:source:${source}`,
  /** Sets: open / closed as the projection can tell (see `unsettled`). */
  open: 'ix:open',
  closed: 'ix:closed',
  /**
   * Set, legacy path: open recommendations a v1 `sesuai` verdict or item closure (stored before
   * RecommendationFulfilled existed) may have fulfilled; queries settle these from their facts.
   * Newer histories close by RecommendationFulfilled and never enter it.
   */
  unsettled: 'ix:unsettled',
  /** Sorted sets scored by the current due instant (ms): every item, and the open ones. */
  due: 'due:all',
  openDue: 'open:all',
  /** Sorted set per province (`national` for national bodies): its open items by due instant. */
  openDueIn: (province: string | null): string => `open:province:${province ?? NATIONAL}`,
} as const;
