import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { RefuseDeadlineExtensionCommand } from './refuse-extension.command';

/** Context: none beyond the recommendation itself. */
@CommandHandler(RefuseDeadlineExtensionCommand)
export class RefuseDeadlineExtensionHandler implements ICommandHandler<RefuseDeadlineExtensionCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ recommendationId, requestId, body, meta }: RefuseDeadlineExtensionCommand): Promise<CommandResult> {
    return executeOnRecommendation(this.aggregates, recommendationId, { type: 'RefuseDeadlineExtension', data: { requestId, note: body.note, refusedOn: body.refusedOn } }, meta);
  }
}
