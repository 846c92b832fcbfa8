import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { ESCALATION_LADDER, EscalationLadder } from '../../../deadlines/deadline-ladder';
import { recommendationStream } from '../../domain/recommendation.stream';
import { RecordRecommendationEscalationCommand } from './record-escalation.command';
import { recordEscalationDecider } from './record-escalation.decider';

/** Context: the configured escalation ladder (the rung's name and which levels exist). */
@CommandHandler(RecordRecommendationEscalationCommand)
export class RecordRecommendationEscalationHandler implements ICommandHandler<RecordRecommendationEscalationCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(ESCALATION_LADDER) private readonly ladder: EscalationLadder,
  ) {}

  execute({ recommendationId, body, meta }: RecordRecommendationEscalationCommand): Promise<CommandResult> {
    const { level, escalatedOn, note } = body;
    return this.aggregates.execute({
      stream: recommendationStream(recommendationId),
      id: recommendationId,
      decider: recordEscalationDecider,
      command: { type: 'RecordDeadlineEscalation', data: { level, escalatedOn, ...(note === undefined ? {} : { note }) }, actor: meta.actor, now: meta.issuedAt, context: { ladder: this.ladder } },
      meta,
    });
  }
}
