import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { pksDecider } from '../../domain/pks.decider';
import { pksStream } from '../../pks.stream';
import { TerminatePksCommand } from './terminate-pks.command';

/** No outside context: the PKS's own state decides. Unknown PKS → 404 from the decider. */
@CommandHandler(TerminatePksCommand)
export class TerminatePksHandler implements ICommandHandler<TerminatePksCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ pksId, body, meta }: TerminatePksCommand): Promise<CommandResult> {
    return this.aggregates.execute({
      stream: pksStream(pksId),
      id: pksId,
      decider: pksDecider,
      command: { type: 'TerminatePks', data: { terminatedOn: body.terminatedOn, reason: body.reason }, actor: meta.actor, now: meta.issuedAt },
      meta,
    });
  }
}
