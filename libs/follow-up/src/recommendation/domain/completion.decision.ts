import { BusinessDate, dated } from '@app/kernel';
import { completionOf } from './recommendation.completion';
import type { ActionItemClosed, FollowUpVerified, RecommendationFulfilled } from './recommendation.events';
import { applyLifecycle } from './recommendation.lifecycle';
import type { Recommendation } from './recommendation.state';

/**
 * A verdict or an item closure, followed by RecommendationFulfilled when it completes the
 * recommendation (recommendation.completion has the rule), so readers and the deadline reactor
 * learn of the end from the log instead of re-deriving it.
 */
export function withCompletion<E extends FollowUpVerified | ActionItemClosed>(rec: Recommendation, event: E, date: BusinessDate): Array<E | RecommendationFulfilled> {
  const act = dated(event, date);
  const completion = completionOf(applyLifecycle(rec, event));
  if (!completion) return [act];
  // The completion happened with the act that caused it, on its business date.
  const fulfilled: RecommendationFulfilled = { type: 'RecommendationFulfilled', data: { recommendationId: rec.recommendationId, provinceCode: rec.provinceCode, fulfilledOn: date.on, ...completion } };
  return [act, dated(fulfilled, date)];
}
