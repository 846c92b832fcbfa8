import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { SubmitFollowUpRequestDto } from './submit-follow-up.request.dto';

export type FollowUpSubmittedResult = CommandResult & { followUpId: string };

export class SubmitFollowUpCommand extends Command<FollowUpSubmittedResult> {
  constructor(
    readonly recommendationId: string,
    readonly body: SubmitFollowUpRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
