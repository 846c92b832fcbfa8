import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { ProviderList, ProviderListParams } from '../../providers.queries';

export class ListProvidersQuery extends Query<ProviderList> {
  constructor(
    readonly params: ProviderListParams,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
