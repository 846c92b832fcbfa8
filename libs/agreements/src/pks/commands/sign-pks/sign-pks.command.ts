import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { SignPksRequestDto } from './sign-pks.request.dto';

export class SignPksCommand extends Command<CommandResult> {
  constructor(
    readonly pksId: string,
    readonly body: SignPksRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
