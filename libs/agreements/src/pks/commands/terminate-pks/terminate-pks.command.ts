import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { TerminatePksRequestDto } from './terminate-pks.request.dto';

export class TerminatePksCommand extends Command<CommandResult> {
  constructor(
    readonly pksId: string,
    readonly body: TerminatePksRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
