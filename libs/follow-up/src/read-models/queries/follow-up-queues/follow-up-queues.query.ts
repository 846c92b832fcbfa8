import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import type { ItemPage } from '../../follow-up-items.query';
import type { QueueParams } from '../../follow-up-queues';

export class OverdueQueueQuery extends Query<ItemPage<FollowUpItemView>> {
  constructor(
    readonly params: QueueParams,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

export class DueSoonQueueQuery extends Query<ItemPage<FollowUpItemView>> {
  constructor(
    readonly params: QueueParams & { withinDays: number },
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
