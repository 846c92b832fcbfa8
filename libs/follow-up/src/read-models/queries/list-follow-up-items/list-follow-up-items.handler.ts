import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, readScopeOf } from '@app/platform/read-query';
import { RECOMMENDATIONS_READ_MODEL } from '../../follow-up-items.keys';
import { listItems, type ItemPage } from '../../follow-up-items.query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import { withLatestDeliveries, type WithLatestDelivery } from '../../latest-deliveries';
import { requireFilterScope } from '../../follow-up-scope';
import { ListFollowUpItemsQuery } from './list-follow-up-items.query';

@QueryHandler(ListFollowUpItemsQuery)
export class ListFollowUpItemsHandler implements IQueryHandler<ListFollowUpItemsQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  /** Each item with who was last reminded of it (its latest delivery), as the list and its export show. */
  async execute({ params, actor, options }: ListFollowUpItemsQuery): Promise<ItemPage<WithLatestDelivery<FollowUpItemView>>> {
    const scope = readScopeOf(actor);
    const page = await this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, async (source) => {
      await requireFilterScope(source, scope, params);
      return listItems<FollowUpItemView>(source, scope, params);
    });
    return withLatestDeliveries(this.gate, actor, options, page);
  }
}
