import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RegisterUnitRequestDto } from './register-unit.request.dto';

export class RegisterUnitCommand extends Command<CommandResult> {
  constructor(
    readonly entityCode: string,
    readonly body: RegisterUnitRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
