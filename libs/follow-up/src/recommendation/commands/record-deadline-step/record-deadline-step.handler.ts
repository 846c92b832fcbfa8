import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { DeadlineStepOutcome } from '../../../deadlines/deadline-commands.port';
import { ESCALATION_LADDER, EscalationLadder } from '../../../deadlines/deadline-ladder';
import { deadlineStepCommand } from '../../../deadlines/deadline-step-command';
import { runDeadlineStep } from '../../../deadlines/run-deadline-step';
import { recommendationDecider } from '../../domain/recommendation.decider';
import { recommendationStream } from '../../domain/recommendation.stream';
import { RecordRecommendationDeadlineStepCommand } from './record-deadline-step.command';

/** Context: the configured escalation ladder (ESCALATION_LADDER_FILE or the bundled one). */
@CommandHandler(RecordRecommendationDeadlineStepCommand)
export class RecordRecommendationDeadlineStepHandler implements ICommandHandler<RecordRecommendationDeadlineStepCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(ESCALATION_LADDER) private readonly ladder: EscalationLadder,
  ) {}

  execute({ recommendationId, deadlineVersion, step, meta }: RecordRecommendationDeadlineStepCommand): Promise<DeadlineStepOutcome> {
    return runDeadlineStep(this.aggregates, {
      stream: recommendationStream(recommendationId),
      id: recommendationId,
      decider: recommendationDecider,
      command: deadlineStepCommand(step, deadlineVersion, meta.actor, meta.issuedAt, this.ladder),
      meta,
    });
  }
}
