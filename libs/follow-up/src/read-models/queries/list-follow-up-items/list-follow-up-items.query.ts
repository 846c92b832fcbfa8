import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import type { ItemFilters, ItemPage } from '../../follow-up-items.query';

export class ListFollowUpItemsQuery extends Query<ItemPage<FollowUpItemView>> {
  constructor(
    readonly params: ItemFilters & { cursor?: string; limit: number },
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
