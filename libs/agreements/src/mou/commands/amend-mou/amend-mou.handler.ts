import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { mouDecider, mouIdOf } from '../../domain/mou.decider';
import { mouStream } from '../../mou.stream';
import { AmendMouCommand } from './amend-mou.command';

/** No outside context: the MoU's own state decides. Unknown MoU → 404 from the decider. */
@CommandHandler(AmendMouCommand)
export class AmendMouHandler implements ICommandHandler<AmendMouCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ mouId, body, meta }: AmendMouCommand): Promise<CommandResult> {
    const id = mouIdOf(mouId);
    return this.aggregates.execute({
      stream: mouStream(id),
      id,
      decider: mouDecider,
      command: { type: 'AmendMou', data: { ...body }, actor: meta.actor, now: meta.issuedAt },
      meta,
    });
  }
}
