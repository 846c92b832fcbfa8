import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { recommendationDecider } from '../../domain/recommendation.decider';
import { recommendationStream } from '../../domain/recommendation.stream';
import { GetRecommendationQuery } from './get-recommendation.query';
import type { RecommendationView } from './get-recommendation.response.dto';

@QueryHandler(GetRecommendationQuery)
export class GetRecommendationHandler implements IQueryHandler<GetRecommendationQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, asOf }: GetRecommendationQuery): Promise<RecommendationView> {
    const stream = recommendationStream(id);
    // Scope is judged on the record as it is now, so asOf cannot date a foreign record.
    const current = await this.aggregates.load(stream, recommendationDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state ?? undefined }, `Recommendation ${id}`, 'RecommendationNotFound');
    const { state, revision } = asOf ? await this.aggregates.load(stream, recommendationDecider, asOf) : current;
    if (!state || revision === null) {
      throw notFound('RecommendationNotFound', `Recommendation ${id} did not exist as of ${asOf?.toISOString() ?? 'now'}`);
    }
    return { id, stream, revision, ...state };
  }
}
