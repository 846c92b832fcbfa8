import { useInfiniteQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';

export type OwedItem = components['schemas']['OwedItemDto'];
export type OwedActionItem = components['schemas']['OwedActionItemDto'];
export type EvidenceState = OwedItem['evidence'];

export const OWED_PATH = '/v1/follow-up/owed';

/** The query on screen, also what the export sends: one provider, optionally one unit. */
export function owedQuery(entity: string, unit: string | null): Record<string, string> {
  return unit ? { entity, unit } : { entity };
}

/** What the provider's units still owe, soonest due first (the API's order), page by page. */
export function useOwed(entity: string, unit: string | null) {
  return useInfiniteQuery({
    queryKey: ['owed', entity, unit],
    queryFn: ({ pageParam }) => data(api.GET('/v1/follow-up/owed', { params: { query: { ...owedQuery(entity, unit), ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Where the liaison acts on an item: the recommendation's page, or the PKS obligation's. */
export function itemPath(item: Pick<OwedItem, 'subject' | 'id'>): string {
  return item.subject === 'obligation' ? `/kewajiban/${encodeURIComponent(item.id)}` : `/rekomendasi/${encodeURIComponent(item.id)}`;
}
