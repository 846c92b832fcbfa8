import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { FinalizePksRequestDto } from './finalize-pks.request.dto';

export class FinalizePksCommand extends Command<CommandResult> {
  constructor(
    readonly pksId: string,
    readonly body: FinalizePksRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
