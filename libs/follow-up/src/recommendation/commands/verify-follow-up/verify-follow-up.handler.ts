import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { executeOnRecommendation } from '../on-recommendation';
import { VerifyFollowUpCommand } from './verify-follow-up.command';

/** Context: none beyond the recommendation itself. */
@CommandHandler(VerifyFollowUpCommand)
export class VerifyFollowUpHandler implements ICommandHandler<VerifyFollowUpCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ recommendationId, followUpId, body, meta }: VerifyFollowUpCommand): Promise<CommandResult> {
    return executeOnRecommendation(this.aggregates, recommendationId, { type: 'VerifyFollowUp', data: { followUpId, verdict: body.verdict, note: body.note, verifiedOn: body.verifiedOn } }, meta);
  }
}
