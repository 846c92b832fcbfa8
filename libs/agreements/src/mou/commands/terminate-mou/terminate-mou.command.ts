import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { TerminateMouRequestDto } from './terminate-mou.request.dto';

export class TerminateMouCommand extends Command<CommandResult> {
  constructor(
    readonly mouId: string,
    readonly body: TerminateMouRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
