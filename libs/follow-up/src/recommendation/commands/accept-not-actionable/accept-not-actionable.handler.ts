import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { AcceptNotActionableCommand } from './accept-not-actionable.command';

/** Context: none beyond the recommendation itself. */
@CommandHandler(AcceptNotActionableCommand)
export class AcceptNotActionableHandler implements ICommandHandler<AcceptNotActionableCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ recommendationId, body, meta }: AcceptNotActionableCommand): Promise<CommandResult> {
    return executeOnRecommendation(this.aggregates, recommendationId, { type: 'AcceptNotActionable', data: { note: body.note ?? '', acceptedOn: body.acceptedOn } }, meta);
  }
}
