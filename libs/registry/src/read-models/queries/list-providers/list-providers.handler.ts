import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, readScopeOf, requireProvince } from '@app/platform/read-query';
import { PROVIDERS_READ_MODEL, listProviders, type ProviderList } from '../../providers.queries';
import { ListProvidersQuery } from './list-providers.query';

@QueryHandler(ListProvidersQuery)
export class ListProvidersHandler implements IQueryHandler<ListProvidersQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ params, actor, options }: ListProvidersQuery): Promise<ProviderList> {
    const scope = readScopeOf(actor);
    // A province the reader may not see is refused, not answered empty: as on every other list.
    if (params.province !== undefined) requireProvince(scope, params.province);
    return this.gate.read(PROVIDERS_READ_MODEL, actor, options, (source) => listProviders(source, scope, params));
  }
}
