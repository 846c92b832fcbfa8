import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { nameBasedId } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { ExtensionRequestedResult, RequestDeadlineExtensionCommand } from './request-extension.command';

/** Context: none beyond the recommendation itself. The request id follows from the command id. */
@CommandHandler(RequestDeadlineExtensionCommand)
export class RequestDeadlineExtensionHandler implements ICommandHandler<RequestDeadlineExtensionCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ recommendationId, body, meta }: RequestDeadlineExtensionCommand): Promise<ExtensionRequestedResult> {
    const requestId = nameBasedId(`extension-request:${meta.commandId}`);
    const result = await executeOnRecommendation(
      this.aggregates,
      recommendationId,
      { type: 'RequestDeadlineExtension', data: { requestId, proposedDueOn: body.proposedDueOn, reason: body.reason, requestedOn: body.requestedOn } },
      meta,
    );
    return { ...result, requestId };
  }
}
