import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '@app/platform/commands';
import type { DeadlineStep, DeadlineStepOutcome } from '../../../deadlines/deadline-commands.port';

/** A deadline worker's step on a recommendation (no HTTP route: the system actor only). */
export class RecordRecommendationDeadlineStepCommand extends Command<DeadlineStepOutcome> {
  constructor(
    readonly recommendationId: string,
    readonly deadlineVersion: number,
    readonly step: DeadlineStep,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
