import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RemoveHolidayRequestDto } from './remove-holiday.request.dto';

export class RemoveHolidayCommand extends Command<CommandResult> {
  constructor(
    readonly year: number,
    readonly date: string,
    readonly body: RemoveHolidayRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
