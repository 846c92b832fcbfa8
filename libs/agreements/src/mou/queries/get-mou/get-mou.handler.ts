import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { CLOCK, Clock } from '@app/platform/clock';
import { AggregateStore } from '@app/platform/commands';
import { describeReadAt, resolveHistoricalRead } from '@app/platform/http';
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

  async execute({ mouId, actor, at }: GetMouQuery): Promise<MouView> {
    const id = mouIdOf(mouId);
    const stream = mouStream(id);
    // Scope is judged on the record as it is now, so asOf/validAt cannot date a foreign record.
    const current = await this.aggregates.load(stream, mouDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state.status === 'none' ? undefined : current.state.jurisdiction }, `MoU ${id}`, 'MouNotFound');
    if (current.state.status === 'none') throw notFound('MouNotFound', `MoU ${id} does not exist`);
    // A bare date ends when the provider's own day ends: the zone the agreement was signed in.
    const { cut, readAt } = resolveHistoricalRead(at, current.state.timezone);
    const { state, revision } = readAt.length > 0 ? await this.aggregates.load(stream, mouDecider, cut) : current;
    if (state.status === 'none' || revision === null) {
      throw notFound('MouNotFound', `MoU ${id} did not exist ${describeReadAt(readAt)}`);
    }
    const { mouId: _id, status: _status, jurisdiction, amendments, ...mou } = state;
    // Whether it had expired is a business-time question: judged at validAt when given, else asOf, else now.
    const judgedAt = cut.occurredBy ?? cut.recordedBy ?? this.clock.now();
    return {
      id,
      stream,
      revision,
      status: mouStatusAt(state, judgedAt),
      ...jurisdiction,
      ...mou,
      amendments: amendments.map(({ amendedOn, reason, changes }) => ({ amendedOn, reason, changes })),
      readAt,
    };
  }
}
