import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { describeReadAt, resolveHistoricalRead } from '@app/platform/http';
import { entityDecider } from '../../domain/entity.decider';
import { requireVisibleProvider } from '../../domain/provider-visibility';
import { entityStream } from '../../entity.stream';
import { GetEntityQuery } from './get-entity.query';
import type { EntityView } from './get-entity.response.dto';

@QueryHandler(GetEntityQuery)
export class GetEntityHandler implements IQueryHandler<GetEntityQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ code, actor, at }: GetEntityQuery): Promise<EntityView> {
    const stream = entityStream(code);
    // Scope is judged on the provider as it is now, so asOf/validAt cannot date a foreign record.
    const current = await this.aggregates.load(stream, entityDecider);
    requireVisibleProvider(actor, code, current.state);
    // A bare date ends when the provider's own day ends: its zone as registered now.
    const { cut, readAt } = resolveHistoricalRead(at, current.state.timezone);
    const { state, revision } = readAt.length > 0 ? await this.aggregates.load(stream, entityDecider, cut) : current;
    if (state.status !== 'registered' || revision === null) {
      throw notFound('EntityNotFound', `Provider ${code} was not registered ${readAt.length > 0 ? describeReadAt(readAt) : 'now'}`);
    }
    const { jurisdiction, status: _status, ...entity } = state;
    return { id: code, stream, revision, ...entity, provinceCode: jurisdiction.provinceCode, readAt };
  }
}
