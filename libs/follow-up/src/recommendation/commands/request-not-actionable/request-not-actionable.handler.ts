import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { RequestNotActionableCommand } from './request-not-actionable.command';

/** Context: none beyond the recommendation itself. */
@CommandHandler(RequestNotActionableCommand)
export class RequestNotActionableHandler implements ICommandHandler<RequestNotActionableCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ recommendationId, body, meta }: RequestNotActionableCommand): Promise<CommandResult> {
    return executeOnRecommendation(this.aggregates, recommendationId, { type: 'RequestNotActionable', data: { reason: body.reason, requestedOn: body.requestedOn } }, meta);
  }
}
