import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { AcceptNotActionableRequestDto } from './accept-not-actionable.request.dto';

export class AcceptNotActionableCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly body: AcceptNotActionableRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
