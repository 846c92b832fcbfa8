import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { canRead, forbidden, notFound } from '@app/kernel';
import { CLOCK, Clock } from '@app/platform/clock/clock';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
import { mouDecider, mouIdOf } from '../../domain/mou.decider';
import { mouStatusAt } from '../../domain/mou.status';
import { mouStream } from '../../mou.stream';
import { GetMouQuery } from './get-mou.query';
import type { MouView } from './get-mou.response.dto';

@QueryHandler(GetMouQuery)
export class GetMouHandler implements IQueryHandler<GetMouQuery> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ mouId, actor, asOf }: GetMouQuery): Promise<MouView> {
    const id = mouIdOf(mouId);
    const stream = mouStream(id);
    const { state, revision } = await this.aggregates.load(stream, mouDecider, asOf);
    if (state.status === 'none' || revision === null) {
      throw notFound('MouNotFound', `MoU ${id} does not exist${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    }
    if (!canRead(actor, state.jurisdiction)) throw forbidden('OutsideScope', `MoU ${id} (provider ${state.jurisdiction.entityCode}) is outside your scope`);
    const { mouId: _id, status: _status, jurisdiction, amendments, ...mou } = state;
    return {
      id,
      stream,
      revision,
      status: mouStatusAt(state, asOf ?? this.clock.now()),
      ...jurisdiction,
      ...mou,
      amendments: amendments.map(({ amendedOn, reason, changes }) => ({ amendedOn, reason, changes })),
    };
  }
}
