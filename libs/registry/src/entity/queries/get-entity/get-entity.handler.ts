import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { entityDecider } from '../../domain/entity.decider';
import { requireVisibleProvider } from '../../domain/provider-visibility';
import { entityStream } from '../../entity.stream';
import { GetEntityQuery } from './get-entity.query';
import type { EntityView } from './get-entity.response.dto';

@QueryHandler(GetEntityQuery)
export class GetEntityHandler implements IQueryHandler<GetEntityQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ code, actor, asOf }: GetEntityQuery): Promise<EntityView> {
    const stream = entityStream(code);
    // Scope is judged on the provider as it is now, so asOf cannot date a foreign record.
    const current = await this.aggregates.load(stream, entityDecider);
    requireVisibleProvider(actor, code, current.state);
    const { state, revision } = asOf ? await this.aggregates.load(stream, entityDecider, asOf) : current;
    if (state.status !== 'registered' || revision === null) {
      throw notFound('EntityNotFound', `Provider ${code} was not registered as of ${asOf?.toISOString() ?? 'now'}`);
    }
    const { jurisdiction, status: _status, ...entity } = state;
    return { id: code, stream, revision, ...entity, provinceCode: jurisdiction.provinceCode };
  }
}
