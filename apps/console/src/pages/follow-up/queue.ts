import { useInfiniteQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';

export type FollowUpItem = components['schemas']['FollowUpItemDto'];
export type FollowUpPage = components['schemas']['FollowUpItemPageDto'];
export type ItemKind = FollowUpItem['kind'];

/** The three lists an officer works through each morning; each is one API list with its own fixed filter. */
export type Queue = 'overdue' | 'dueSoon' | 'awaiting';

/** What the officer narrowed the list to; empty means "every one in my scope". */
export interface QueueFilters {
  province: string;
  entity: string;
  kind: ItemKind | '';
  /** Due soon only: how far ahead to look, in days. */
  withinDays: string;
}

export const NO_FILTERS: QueueFilters = { province: '', entity: '', kind: '', withinDays: '7' };

export const QUEUE_PATHS: Record<Queue, string> = {
  overdue: '/v1/follow-up/overdue',
  dueSoon: '/v1/follow-up/due-soon',
  awaiting: '/v1/recommendations',
};

/** The query each queue sends: the filters on screen plus the queue's own (awaiting = status menunggu_verifikasi). */
export function queueQuery(queue: Queue, filters: QueueFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.province) query.province = filters.province;
  if (filters.entity) query.entity = filters.entity;
  if (filters.kind) query.kind = filters.kind;
  if (queue === 'awaiting') query.status = 'menunggu_verifikasi';
  if (queue === 'dueSoon') query.withinDays = filters.withinDays;
  return query;
}

function fetchPage(queue: Queue, filters: QueueFilters, cursor: string | undefined): Promise<FollowUpPage> {
  const query = { ...queueQuery(queue, filters), ...(cursor ? { cursor } : {}) };
  switch (queue) {
    case 'overdue':
      return data(api.GET('/v1/follow-up/overdue', { params: { query } }));
    case 'dueSoon':
      return data(api.GET('/v1/follow-up/due-soon', { params: { query } }));
    case 'awaiting':
      return data(api.GET('/v1/recommendations', { params: { query: query as { status: 'menunggu_verifikasi' } } }));
  }
}

/** Cursor pages of one queue, appended as the officer asks for more ("Muat lebih banyak"). */
export function useQueue(queue: Queue, filters: QueueFilters) {
  return useInfiniteQuery({
    queryKey: ['queue', queue, filters],
    queryFn: ({ pageParam }) => fetchPage(queue, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
