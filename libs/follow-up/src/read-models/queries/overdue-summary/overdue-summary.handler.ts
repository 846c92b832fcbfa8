import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, readScopeOf } from '@app/platform/read-query';
import { RECOMMENDATIONS_READ_MODEL } from '../../follow-up-items.keys';
import { requireFilterScope } from '../../follow-up-scope';
import { overdueSummary, type OverdueSummary } from './overdue-summary';
import { OverdueSummaryQuery } from './overdue-summary.query';

@QueryHandler(OverdueSummaryQuery)
export class OverdueSummaryHandler implements IQueryHandler<OverdueSummaryQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ params, actor, options }: OverdueSummaryQuery): Promise<OverdueSummary> {
    const scope = readScopeOf(actor);
    return this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, async (source) => {
      await requireFilterScope(source, scope, params);
      return overdueSummary(source, scope, params);
    });
  }
}
