import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { VerifyFollowUpRequestDto } from './verify-follow-up.request.dto';

export class VerifyFollowUpCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly followUpId: string,
    readonly body: VerifyFollowUpRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
