import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { RejectNotActionableCommand } from './reject-not-actionable.command';

/** Context: none beyond the recommendation itself. */
@CommandHandler(RejectNotActionableCommand)
export class RejectNotActionableHandler implements ICommandHandler<RejectNotActionableCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ recommendationId, body, meta }: RejectNotActionableCommand): Promise<CommandResult> {
    return executeOnRecommendation(this.aggregates, recommendationId, { type: 'RejectNotActionable', data: { note: body.note, rejectedOn: body.rejectedOn } }, meta);
  }
}
