import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { CLOCK, Clock } from '@app/platform/clock';
import { AggregateStore } from '@app/platform/commands';
import { describeReadAt, resolveHistoricalRead } from '@app/platform/http';
import { pksDecider } from '../../domain/pks.decider';
import { pksStatusAt } from '../../domain/pks.status';
import { pksStream } from '../../pks.stream';
import { GetPksQuery } from './get-pks.query';
import type { PksView } from './get-pks.response.dto';

@QueryHandler(GetPksQuery)
export class GetPksHandler implements IQueryHandler<GetPksQuery> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ pksId, actor, at }: GetPksQuery): Promise<PksView> {
    const stream = pksStream(pksId);
    // Scope is judged on the record as it is now, so asOf/validAt cannot date a foreign record.
    const current = await this.aggregates.load(stream, pksDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state.status === 'none' ? undefined : current.state.jurisdiction }, `PKS ${pksId}`, 'PksNotFound');
    if (current.state.status === 'none') throw notFound('PksNotFound', `PKS ${pksId} does not exist`);
    // A bare date ends when the provider's own day ends: the zone the agreement was signed in.
    const { cut, readAt } = resolveHistoricalRead(at, current.state.timezone);
    const { state, revision } = readAt.length > 0 ? await this.aggregates.load(stream, pksDecider, cut) : current;
    if (state.status === 'none' || revision === null) {
      throw notFound('PksNotFound', `PKS ${pksId} did not exist ${describeReadAt(readAt)}`);
    }
    // Whether it had expired is a business-time question: judged at validAt when given, else asOf, else now.
    const status = pksStatusAt(state, cut.occurredBy ?? cut.recordedBy ?? this.clock.now());
    const { pksId: _id, status: _recorded, jurisdiction, ...pks } = state;
    return { id: pksId, stream, revision, status, active: status === 'signed', ...jurisdiction, ...pks, readAt };
  }
}
