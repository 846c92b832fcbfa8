import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RefuseDeadlineExtensionRequestDto } from './refuse-extension.request.dto';

export class RefuseDeadlineExtensionCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly requestId: string,
    readonly body: RefuseDeadlineExtensionRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
