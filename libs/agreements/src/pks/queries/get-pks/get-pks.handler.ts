import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { CLOCK, Clock } from '@app/platform/clock';
import { AggregateStore } from '@app/platform/commands';
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

  async execute({ pksId, actor, asOf }: GetPksQuery): Promise<PksView> {
    const stream = pksStream(pksId);
    // Scope is judged on the record as it is now, so asOf cannot date a foreign record.
    const current = await this.aggregates.load(stream, pksDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state.status === 'none' ? undefined : current.state.jurisdiction }, `PKS ${pksId}`, 'PksNotFound');
    const { state, revision } = asOf ? await this.aggregates.load(stream, pksDecider, asOf) : current;
    if (state.status === 'none' || revision === null) {
      throw notFound('PksNotFound', `PKS ${pksId} did not exist as of ${asOf?.toISOString() ?? 'now'}`);
    }
    const status = pksStatusAt(state, asOf ?? this.clock.now());
    const { pksId: _id, status: _recorded, jurisdiction, ...pks } = state;
    return { id: pksId, stream, revision, status, active: status === 'signed', ...jurisdiction, ...pks };
  }
}
