import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { ApproveDeadlineExtensionRequestDto } from './approve-extension.request.dto';

export class ApproveDeadlineExtensionCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly requestId: string,
    readonly body: ApproveDeadlineExtensionRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
