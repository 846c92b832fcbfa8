import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { mouDecider, mouIdOf } from '../../domain/mou.decider';
import { mouStream } from '../../mou.stream';
import { TerminateMouCommand } from './terminate-mou.command';

/** No outside context: the MoU's own state decides. Unknown MoU → 404 from the decider. */
@CommandHandler(TerminateMouCommand)
export class TerminateMouHandler implements ICommandHandler<TerminateMouCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ mouId, body, meta }: TerminateMouCommand): Promise<CommandResult> {
    const id = mouIdOf(mouId);
    return this.aggregates.execute({
      stream: mouStream(id),
      id,
      decider: mouDecider,
      command: { type: 'TerminateMou', data: { ...body }, actor: meta.actor, now: meta.issuedAt },
      meta,
    });
  }
}
