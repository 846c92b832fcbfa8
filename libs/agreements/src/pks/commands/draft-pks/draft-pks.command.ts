import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { DraftPksRequestDto } from './draft-pks.request.dto';

export class DraftPksCommand extends Command<CommandResult> {
  constructor(
    readonly body: DraftPksRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
