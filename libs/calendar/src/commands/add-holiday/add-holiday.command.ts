import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { AddHolidayRequestDto } from './add-holiday.request.dto';

export class AddHolidayCommand extends Command<CommandResult> {
  constructor(
    readonly year: number,
    readonly body: AddHolidayRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
