import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { CloseActionItemCommand } from './close-action-item.command';

/** Context: none beyond the recommendation itself. */
@CommandHandler(CloseActionItemCommand)
export class CloseActionItemHandler implements ICommandHandler<CloseActionItemCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ recommendationId, itemId, body, meta }: CloseActionItemCommand): Promise<CommandResult> {
    return executeOnRecommendation(this.aggregates, recommendationId, { type: 'CloseActionItem', data: { itemId, note: body.note ?? '', closedOn: body.closedOn } }, meta);
  }
}
