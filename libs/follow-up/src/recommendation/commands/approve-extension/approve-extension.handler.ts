import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { ApproveDeadlineExtensionCommand } from './approve-extension.command';

/** Context: none beyond the recommendation itself. */
@CommandHandler(ApproveDeadlineExtensionCommand)
export class ApproveDeadlineExtensionHandler implements ICommandHandler<ApproveDeadlineExtensionCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ recommendationId, requestId, body, meta }: ApproveDeadlineExtensionCommand): Promise<CommandResult> {
    return executeOnRecommendation(this.aggregates, recommendationId, { type: 'ApproveDeadlineExtension', data: { requestId, dueOn: body.dueOn, note: body.note ?? '', approvedOn: body.approvedOn } }, meta);
  }
}
