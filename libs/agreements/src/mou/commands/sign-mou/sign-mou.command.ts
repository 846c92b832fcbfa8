import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands/command-meta';
import type { SignMouRequestDto } from './sign-mou.request.dto';

export class SignMouCommand extends Command<CommandResult> {
  constructor(
    readonly body: SignMouRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
