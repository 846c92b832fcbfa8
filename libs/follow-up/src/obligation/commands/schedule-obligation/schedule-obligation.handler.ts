import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { obligationDecider } from '../../domain/obligation.decider';
import { obligationStream } from '../../obligation.stream';
import { ScheduleObligationCommand } from './schedule-obligation.command';

/** No context: everything comes computed from the PKS; the stream name is the obligation id. */
@CommandHandler(ScheduleObligationCommand)
export class ScheduleObligationHandler implements ICommandHandler<ScheduleObligationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ obligation, meta }: ScheduleObligationCommand): Promise<CommandResult> {
    return this.aggregates.execute({
      stream: obligationStream(obligation.obligationId),
      id: obligation.obligationId,
      decider: obligationDecider,
      command: { type: 'ScheduleObligation', data: obligation, actor: meta.actor, now: meta.issuedAt },
      meta,
    });
  }
}
