import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { SeedCalendarRequestDto } from './seed-calendar.request.dto';

export class SeedCalendarCommand extends Command<CommandResult> {
  constructor(
    readonly year: number,
    readonly body: SeedCalendarRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
