import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, badQuery, readScopeOf } from '@app/platform/read-query';
import { RECOMMENDATIONS_READ_MODEL } from '../../follow-up-items.keys';
import { owedItems, type OwedPage } from '../../follow-up-queues';
import { OwedItemsQuery } from './owed-items.query';

@QueryHandler(OwedItemsQuery)
export class OwedItemsHandler implements IQueryHandler<OwedItemsQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ params, actor, options }: OwedItemsQuery): Promise<OwedPage> {
    const scope = readScopeOf(actor);
    // A liaison's own provider by default; everyone else names the provider.
    const entity = params.entity ?? (scope.kind === 'entity' ? scope.entityCode : undefined);
    if (entity === undefined) throw badQuery('entity', undefined, 'a provider code, e.g. 64.01', 'entity is required (liaisons default to their own provider)');
    return this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, (source) => owedItems(source, scope, { ...params, entity }));
  }
}
