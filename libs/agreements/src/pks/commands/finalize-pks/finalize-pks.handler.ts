import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { loadMou, loadPks } from '../../../shared/agreement-facts';
import { pksDecider } from '../../domain/pks.decider';
import { pksStream } from '../../pks.stream';
import { FinalizePksCommand } from './finalize-pks.command';

/** Context: the PKS's MoU, whose current status may forbid finalising. */
@CommandHandler(FinalizePksCommand)
export class FinalizePksHandler implements ICommandHandler<FinalizePksCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ pksId, body, meta }: FinalizePksCommand): Promise<CommandResult> {
    const pks = await loadPks(this.aggregates, pksId, meta.actor);
    const mou = await loadMou(this.aggregates, pks.mouId, meta.actor);
    return this.aggregates.execute({
      stream: pksStream(pksId),
      id: pksId,
      decider: pksDecider,
      command: { type: 'FinalizePks', data: { finalizedOn: body.finalizedOn }, actor: meta.actor, now: meta.issuedAt, context: { mou } },
      meta,
    });
  }
}
