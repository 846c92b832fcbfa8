import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { obligationDecider } from '../../domain/obligation.decider';
import { obligationStream } from '../../obligation.stream';
import { CancelObligationCommand } from './cancel-obligation.command';

/** No context; an obligation never scheduled, or already closed, is left as it is. */
@CommandHandler(CancelObligationCommand)
export class CancelObligationHandler implements ICommandHandler<CancelObligationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ obligationId, cancellation, meta }: CancelObligationCommand): Promise<CommandResult> {
    return this.aggregates.execute({
      stream: obligationStream(obligationId),
      id: obligationId,
      decider: obligationDecider,
      command: { type: 'CancelObligation', data: cancellation, actor: meta.actor, now: meta.issuedAt },
      meta,
    });
  }
}
