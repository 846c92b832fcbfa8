import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';

export type RecommendationView = components['schemas']['RecommendationView'];
export type FollowUpView = components['schemas']['FollowUpView'];
export type Delivery = components['schemas']['DeliveryDto'];

export const recommendationKey = (id: string) => ['recommendation', id] as const;

/** One recommendation as the API folds it from its events now. */
export function useRecommendation(id: string) {
  return useQuery({ queryKey: recommendationKey(id), queryFn: () => data(api.GET('/v1/recommendations/{id}', { params: { path: { id } } })) });
}

/** After a command: the record is read again, and the queues (read models) on their next visit. */
export function useRefreshRecommendation(id: string) {
  const queries = useQueryClient();
  return async () => {
    await queries.invalidateQueries({ queryKey: recommendationKey(id) });
    await queries.invalidateQueries({ queryKey: ['queue'] });
  };
}
