import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { nameBasedId } from '@app/event-store';
import { loadVisibleProvider } from '@app/registry';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { loadMou } from '../../../shared/agreement-facts';
import { mouIdOf } from '../../../mou/domain/mou.decider';
import { pksDecider } from '../../domain/pks.decider';
import { pksStream } from '../../pks.stream';
import { DraftPksCommand } from './draft-pks.command';

/** Context: the MoU (status, dates, jurisdiction) and its provider's registered units. */
@CommandHandler(DraftPksCommand)
export class DraftPksHandler implements ICommandHandler<DraftPksCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ body, meta }: DraftPksCommand): Promise<CommandResult> {
    const mou = await loadMou(this.aggregates, mouIdOf(body.mouId), meta.actor);
    const provider = await loadVisibleProvider(this.aggregates, mou.jurisdiction.entityCode, meta.actor);
    // Derived from the command id, so a retried DraftPKS lands on the same stream.
    const pksId = nameBasedId(meta.commandId);
    return this.aggregates.execute({
      stream: pksStream(pksId),
      id: pksId,
      decider: pksDecider,
      command: {
        type: 'DraftPks',
        data: {
          pksId,
          mouId: mou.mouId,
          title: body.title,
          unitIds: body.unitIds,
          scope: body.scope.map((item) => ({ id: item.id, text: item.text, obligation: item.obligation ? { every: item.obligation.every } : null })),
          draftedOn: body.draftedOn,
        },
        actor: meta.actor,
        now: meta.issuedAt,
        context: { mou, provider: { code: provider.code, unitIds: provider.units.map((u) => u.unitId) } },
      },
      meta,
    });
  }
}
