import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { canRead, forbidden, notFound } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
import { entityDecider } from '../../domain/entity.decider';
import { entityStream } from '../../entity.stream';
import { GetEntityQuery } from './get-entity.query';
import type { EntityView } from './get-entity.response.dto';

@QueryHandler(GetEntityQuery)
export class GetEntityHandler implements IQueryHandler<GetEntityQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ code, actor, asOf }: GetEntityQuery): Promise<EntityView> {
    const stream = entityStream(code);
    const { state, revision } = await this.aggregates.load(stream, entityDecider, asOf);
    if (state.status !== 'registered' || revision === null) {
      throw notFound('EntityNotFound', `Provider ${code} is not registered${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    }
    if (!canRead(actor, state.jurisdiction)) throw forbidden('OutsideScope', `Provider ${code} is outside your scope`);
    const { jurisdiction, status: _status, ...entity } = state;
    return { id: code, stream, revision, ...entity, provinceCode: jurisdiction.provinceCode };
  }
}
