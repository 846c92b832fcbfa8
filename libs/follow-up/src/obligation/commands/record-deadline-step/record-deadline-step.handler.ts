import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { DeadlineStepOutcome } from '../../../deadlines/deadline-commands.port';
import { ESCALATION_LADDER, EscalationLadder } from '../../../deadlines/deadline-ladder';
import { deadlineStepCommand } from '../../../deadlines/deadline-step-command';
import { runDeadlineStep } from '../../../deadlines/run-deadline-step';
import { obligationDecider } from '../../domain/obligation.decider';
import { obligationStream } from '../../obligation.stream';
import { RecordObligationDeadlineStepCommand } from './record-deadline-step.command';

/** Context: the configured escalation ladder (ESCALATION_LADDER_FILE or the bundled one). */
@CommandHandler(RecordObligationDeadlineStepCommand)
export class RecordObligationDeadlineStepHandler implements ICommandHandler<RecordObligationDeadlineStepCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(ESCALATION_LADDER) private readonly ladder: EscalationLadder,
  ) {}

  execute({ obligationId, deadlineVersion, step, meta }: RecordObligationDeadlineStepCommand): Promise<DeadlineStepOutcome> {
    return runDeadlineStep(this.aggregates, {
      stream: obligationStream(obligationId),
      id: obligationId,
      decider: obligationDecider,
      command: deadlineStepCommand(step, deadlineVersion, meta.actor, meta.issuedAt, this.ladder),
      meta,
    });
  }
}
