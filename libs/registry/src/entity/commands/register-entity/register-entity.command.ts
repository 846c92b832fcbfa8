import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RegisterEntityRequestDto } from './register-entity.request.dto';

export class RegisterEntityCommand extends Command<CommandResult> {
  constructor(
    readonly body: RegisterEntityRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
