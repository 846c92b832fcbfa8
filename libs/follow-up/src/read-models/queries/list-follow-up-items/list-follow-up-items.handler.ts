import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, readScopeOf } from '@app/platform/read-query';
import { RECOMMENDATIONS_READ_MODEL } from '../../follow-up-items.keys';
import { listItems, type ItemPage } from '../../follow-up-items.query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import { requireFilterScope } from '../../follow-up-scope';
import { ListFollowUpItemsQuery } from './list-follow-up-items.query';

@QueryHandler(ListFollowUpItemsQuery)
export class ListFollowUpItemsHandler implements IQueryHandler<ListFollowUpItemsQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ params, actor, options }: ListFollowUpItemsQuery): Promise<ItemPage<FollowUpItemView>> {
    const scope = readScopeOf(actor);
    return this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, async (source) => {
      await requireFilterScope(source, scope, params);
      return listItems(source, scope, params);
    });
  }
}
