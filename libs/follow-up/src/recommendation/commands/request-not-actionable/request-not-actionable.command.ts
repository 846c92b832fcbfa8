import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RequestNotActionableRequestDto } from './request-not-actionable.request.dto';

export class RequestNotActionableCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly body: RequestNotActionableRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
