import { Command } from '@nestjs/cqrs';
import type { CalendarDate } from '@app/kernel';
import type { CommandMeta, CommandResult } from '@app/platform/commands';

/** Issued by PksObligationsReactor when a PKS is terminated (system actor); there is no HTTP route. */
export class CancelObligationCommand extends Command<CommandResult> {
  constructor(
    readonly obligationId: string,
    readonly cancellation: { reason: string; cancelledOn: CalendarDate },
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
