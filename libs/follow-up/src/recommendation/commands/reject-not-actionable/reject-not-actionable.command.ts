import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RejectNotActionableRequestDto } from './reject-not-actionable.request.dto';

export class RejectNotActionableCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly body: RejectNotActionableRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
