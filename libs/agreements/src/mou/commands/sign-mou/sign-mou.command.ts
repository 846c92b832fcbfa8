import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { SignMouRequestDto } from './sign-mou.request.dto';

export class SignMouCommand extends Command<CommandResult> {
  constructor(
    readonly body: SignMouRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
