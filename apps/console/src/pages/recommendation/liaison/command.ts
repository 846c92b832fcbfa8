import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';

export type RecommendationView = components['schemas']['RecommendationView'];

/**
 * A liaison's command on a recommendation. On success every query is read again, so the page, the
 * owed list and the badges show the new state (the recommendation is read from its own stream).
 */
export function useRecommendationCommand<T>(run: (input: T) => Promise<unknown>) {
  const queries = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queries.invalidateQueries() });
}

/** The day after a YYYY-MM-DD date: an extension must propose a later last day. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
