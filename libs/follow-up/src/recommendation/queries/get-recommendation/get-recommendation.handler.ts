import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { canRead, forbidden, notFound } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
import { recommendationDecider } from '../../domain/recommendation.decider';
import { recommendationStream } from '../../domain/recommendation.stream';
import { GetRecommendationQuery } from './get-recommendation.query';
import type { RecommendationView } from './get-recommendation.response.dto';

@QueryHandler(GetRecommendationQuery)
export class GetRecommendationHandler implements IQueryHandler<GetRecommendationQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, asOf }: GetRecommendationQuery): Promise<RecommendationView> {
    const stream = recommendationStream(id);
    const { state, revision } = await this.aggregates.load(stream, recommendationDecider, asOf);
    if (!state || revision === null) {
      throw notFound('RecommendationNotFound', `No recommendation ${id}${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    }
    if (!canRead(actor, state)) throw forbidden('OutsideScope', `Recommendation ${id} is outside your scope`);
    return { id, stream, revision, ...state };
  }
}
