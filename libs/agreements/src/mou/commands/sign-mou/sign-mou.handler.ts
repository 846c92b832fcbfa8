import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { loadVisibleProvider } from '@app/registry';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { SignMou, mouDecider, mouIdOf } from '../../domain/mou.decider';
import { mouStream } from '../../mou.stream';
import { claimCounterpartNumber } from './counterpart-number.claim';
import { SignMouCommand } from './sign-mou.command';

/** Context: the provider (kind, province, time zone). Writes the counterpart-number claim, then the MoU. */
@CommandHandler(SignMouCommand)
export class SignMouHandler implements ICommandHandler<SignMouCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ body, meta }: SignMouCommand): Promise<CommandResult> {
    const provider = await loadVisibleProvider(this.aggregates, body.entityCode, meta.actor);
    const mouId = mouIdOf(body.ombudsmanNumber);
    const stream = mouStream(mouId);
    const command: SignMou = {
      type: 'SignMou',
      data: { ...body, validUntil: body.validUntil ?? null },
      actor: meta.actor,
      now: meta.issuedAt,
      context: {
        provider: { code: provider.code, kind: provider.kind, provinceCode: provider.jurisdiction.provinceCode, timezone: provider.timezone },
      },
    };
    // Decide once before claiming, so a refused MoU (duplicate, invalid, out of scope) leaves no
    // claim behind; a retry of an MoU already written skips this and replays both writes.
    const current = await this.aggregates.load(stream, mouDecider);
    if (!current.events.some((e) => e.metadata.commandId === meta.commandId)) mouDecider.decide(command, current.state);

    await claimCounterpartNumber(this.aggregates, {
      counterpartNumber: body.counterpartNumber.trim(),
      where: provider.jurisdiction,
      mouId,
      meta,
    });
    return this.aggregates.execute({ stream, id: mouId, decider: mouDecider, command, meta });
  }
}
