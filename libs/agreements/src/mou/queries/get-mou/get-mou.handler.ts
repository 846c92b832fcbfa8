import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { CLOCK, Clock } from '@app/platform/clock';
import { AggregateStore } from '@app/platform/commands';
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
    // Scope is judged on the record as it is now, so asOf cannot date a foreign record.
    const current = await this.aggregates.load(stream, mouDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state.status === 'none' ? undefined : current.state.jurisdiction }, `MoU ${id}`, 'MouNotFound');
    const { state, revision } = asOf ? await this.aggregates.load(stream, mouDecider, asOf) : current;
    if (state.status === 'none' || revision === null) {
      throw notFound('MouNotFound', `MoU ${id} did not exist as of ${asOf?.toISOString() ?? 'now'}`);
    }
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
