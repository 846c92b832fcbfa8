import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { ESCALATION_LADDER, EscalationLadder } from '../../../deadlines/deadline-ladder';
import { obligationStream } from '../../obligation.stream';
import { RecordObligationEscalationCommand } from './record-escalation.command';
import { recordObligationEscalationDecider } from './record-escalation.decider';

/** Context: the configured escalation ladder (the rung's name and which levels exist). */
@CommandHandler(RecordObligationEscalationCommand)
export class RecordObligationEscalationHandler implements ICommandHandler<RecordObligationEscalationCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(ESCALATION_LADDER) private readonly ladder: EscalationLadder,
  ) {}

  execute({ obligationId, body, meta }: RecordObligationEscalationCommand): Promise<CommandResult> {
    const { level, escalatedOn, note } = body;
    return this.aggregates.execute({
      stream: obligationStream(obligationId),
      id: obligationId,
      decider: recordObligationEscalationDecider,
      command: { type: 'RecordDeadlineEscalation', data: { level, escalatedOn, ...(note === undefined ? {} : { note }) }, actor: meta.actor, now: meta.issuedAt, context: { ladder: this.ladder } },
      meta,
    });
  }
}
