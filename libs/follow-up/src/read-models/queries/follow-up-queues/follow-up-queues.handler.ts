import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, readScopeOf } from '@app/platform/read-query';
import { RECOMMENDATIONS_READ_MODEL } from '../../follow-up-items.keys';
import type { ItemPage } from '../../follow-up-items.query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import { dueSoonQueue, overdueQueue } from '../../follow-up-queues';
import { requireFilterScope } from '../../follow-up-scope';
import { withLatestDeliveries, type WithLatestDelivery } from '../../latest-deliveries';
import { DueSoonQueueQuery, OverdueQueueQuery } from './follow-up-queues.query';

@QueryHandler(OverdueQueueQuery)
export class OverdueQueueHandler implements IQueryHandler<OverdueQueueQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  /** Each overdue item with who was last reminded of it, as the queue and its export show. */
  async execute({ params, actor, options }: OverdueQueueQuery): Promise<ItemPage<WithLatestDelivery<FollowUpItemView>>> {
    const scope = readScopeOf(actor);
    const page = await this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, async (source) => {
      await requireFilterScope(source, scope, params);
      return overdueQueue(source, scope, params);
    });
    return withLatestDeliveries(this.gate, actor, options, page);
  }
}

@QueryHandler(DueSoonQueueQuery)
export class DueSoonQueueHandler implements IQueryHandler<DueSoonQueueQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ params, actor, options }: DueSoonQueueQuery): Promise<ItemPage<FollowUpItemView>> {
    const scope = readScopeOf(actor);
    return this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, async (source) => {
      await requireFilterScope(source, scope, params);
      return dueSoonQueue(source, scope, params);
    });
  }
}
