import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { OwedPage } from '../../follow-up-queues';

export class OwedItemsQuery extends Query<OwedPage> {
  constructor(
    readonly params: { entity?: string; unit?: string; cursor?: string; limit: number },
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
