import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { DeclareWorkingDayRequestDto } from './declare-working-day.request.dto';

export class DeclareWorkingDayCommand extends Command<CommandResult> {
  constructor(
    readonly year: number,
    readonly body: DeclareWorkingDayRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
