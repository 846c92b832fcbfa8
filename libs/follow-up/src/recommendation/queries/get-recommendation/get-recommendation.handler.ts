import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { describeReadAt, resolveHistoricalRead } from '@app/platform/http';
import { loadDeliveries } from '../../../processing/deliveries/load-deliveries';
import { recommendationDecider } from '../../domain/recommendation.decider';
import { recommendationStream } from '../../domain/recommendation.stream';
import { GetRecommendationQuery } from './get-recommendation.query';
import type { RecommendationView } from './get-recommendation.response.dto';

@QueryHandler(GetRecommendationQuery)
export class GetRecommendationHandler implements IQueryHandler<GetRecommendationQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, at }: GetRecommendationQuery): Promise<RecommendationView> {
    const stream = recommendationStream(id);
    // Scope is judged on the record as it is now, so asOf/validAt cannot date a foreign record.
    const current = await this.aggregates.load(stream, recommendationDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state ?? undefined }, `Recommendation ${id}`, 'RecommendationNotFound');
    if (!current.state) throw notFound('RecommendationNotFound', `Recommendation ${id} does not exist`);
    // The deadline's zone is the provider's, copied when the recommendation was issued.
    const { cut, readAt } = resolveHistoricalRead(at, current.state.deadline.timeZone);
    const { state, revision } = readAt.length > 0 ? await this.aggregates.load(stream, recommendationDecider, cut) : current;
    if (!state || revision === null) {
      throw notFound('RecommendationNotFound', `Recommendation ${id} did not exist ${describeReadAt(readAt)}`);
    }
    // Who was reminded, and when: the delivery records, as known at the same cut.
    const deliveries = await loadDeliveries(this.aggregates, stream, readAt.length > 0 ? cut : undefined);
    return { id, stream, revision, ...state, deliveries, readAt };
  }
}
