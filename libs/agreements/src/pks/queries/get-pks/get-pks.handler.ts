import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { canRead, forbidden, notFound } from '@app/kernel';
import { CLOCK, Clock } from '@app/platform/clock/clock';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
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
    const { state, revision } = await this.aggregates.load(stream, pksDecider, asOf);
    if (state.status === 'none' || revision === null) {
      throw notFound('PksNotFound', `PKS ${pksId} does not exist${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    }
    if (!canRead(actor, state.jurisdiction)) throw forbidden('OutsideScope', `PKS ${pksId} (provider ${state.jurisdiction.entityCode}) is outside your scope`);
    const status = pksStatusAt(state, asOf ?? this.clock.now());
    const { pksId: _id, status: _recorded, jurisdiction, ...pks } = state;
    return { id: pksId, stream, revision, status, active: status === 'signed', ...jurisdiction, ...pks };
  }
}
