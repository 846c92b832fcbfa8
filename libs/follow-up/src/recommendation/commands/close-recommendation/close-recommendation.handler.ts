import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { CloseRecommendationCommand } from './close-recommendation.command';

/** Context: none beyond the recommendation itself. */
@CommandHandler(CloseRecommendationCommand)
export class CloseRecommendationHandler implements ICommandHandler<CloseRecommendationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ recommendationId, body, meta }: CloseRecommendationCommand): Promise<CommandResult> {
    return executeOnRecommendation(this.aggregates, recommendationId, { type: 'CloseRecommendation', data: { reason: body.reason, closedOn: body.closedOn } }, meta);
  }
}
