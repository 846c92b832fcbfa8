import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RequestDeadlineExtensionRequestDto } from './request-extension.request.dto';

export type ExtensionRequestedResult = CommandResult & { requestId: string };

export class RequestDeadlineExtensionCommand extends Command<ExtensionRequestedResult> {
  constructor(
    readonly recommendationId: string,
    readonly body: RequestDeadlineExtensionRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
