import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '@app/platform/commands';
import type { DeadlineStep, DeadlineStepOutcome } from '../../../deadlines/deadline-commands.port';

/** A deadline worker's step on an obligation (no HTTP route: the system actor only). */
export class RecordObligationDeadlineStepCommand extends Command<DeadlineStepOutcome> {
  constructor(
    readonly obligationId: string,
    readonly deadlineVersion: number,
    readonly step: DeadlineStep,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
