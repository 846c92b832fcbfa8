import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { RecommendationView } from './get-recommendation.response.dto';

export class GetRecommendationQuery extends Query<RecommendationView> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
    readonly asOf?: Date,
  ) {
    super();
  }
}
