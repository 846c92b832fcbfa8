import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { ObligationToSchedule } from '../../domain/obligation-schedule';

/** Issued by PksObligationsReactor (system actor); there is no HTTP route. */
export class ScheduleObligationCommand extends Command<CommandResult> {
  constructor(
    readonly obligation: ObligationToSchedule,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
