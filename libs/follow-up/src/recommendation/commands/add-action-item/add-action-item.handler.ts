import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { nameBasedId } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import { executeOnRecommendation, loadRecommendation, providerUnitIds } from '../on-recommendation';
import { ActionItemAddedResult, AddActionItemCommand } from './add-action-item.command';

/** Context: the units registered under the recommendation's provider (registry). The item id follows from the command id. */
@CommandHandler(AddActionItemCommand)
export class AddActionItemHandler implements ICommandHandler<AddActionItemCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ recommendationId, body, meta }: AddActionItemCommand): Promise<ActionItemAddedResult> {
    const rec = await loadRecommendation(this.aggregates, recommendationId, meta.actor);
    const unitIds = await providerUnitIds(this.aggregates, rec.entityCode);
    const itemId = nameBasedId(`action-item:${meta.commandId}`);
    const result = await executeOnRecommendation(
      this.aggregates,
      recommendationId,
      { type: 'AddActionItem', data: { itemId, unitId: body.unitId, title: body.title, dueOn: body.dueOn, addedOn: body.addedOn }, context: { unitIds } },
      meta,
    );
    return { ...result, itemId };
  }
}
