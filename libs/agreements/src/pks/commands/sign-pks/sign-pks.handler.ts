import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { loadMou, loadPks } from '../../../shared/agreement-facts';
import { pksDecider } from '../../domain/pks.decider';
import { pksStream } from '../../pks.stream';
import { SignPksCommand } from './sign-pks.command';

/** Context: the PKS's MoU, whose current status may forbid signing. */
@CommandHandler(SignPksCommand)
export class SignPksHandler implements ICommandHandler<SignPksCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ pksId, body, meta }: SignPksCommand): Promise<CommandResult> {
    const pks = await loadPks(this.aggregates, pksId, meta.actor);
    const mou = await loadMou(this.aggregates, pks.mouId, meta.actor);
    return this.aggregates.execute({
      stream: pksStream(pksId),
      id: pksId,
      decider: pksDecider,
      command: {
        type: 'SignPks',
        data: { signedOn: body.signedOn, number: body.number ?? null, validUntil: body.validUntil ?? null },
        actor: meta.actor,
        now: meta.issuedAt,
        context: { mou },
      },
      meta,
    });
  }
}
