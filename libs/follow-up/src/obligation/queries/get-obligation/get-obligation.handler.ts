import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { obligationDecider } from '../../domain/obligation.decider';
import { obligationStream } from '../../obligation.stream';
import { GetObligationQuery } from './get-obligation.query';
import type { ObligationView } from './get-obligation.response.dto';

@QueryHandler(GetObligationQuery)
export class GetObligationHandler implements IQueryHandler<GetObligationQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, asOf }: GetObligationQuery): Promise<ObligationView> {
    const stream = obligationStream(id);
    // Scope is judged on the record as it is now, so asOf cannot date a foreign record.
    const current = await this.aggregates.load(stream, obligationDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state ?? undefined }, `Obligation ${id}`, 'ObligationNotFound');
    const { state, revision } = asOf ? await this.aggregates.load(stream, obligationDecider, asOf) : current;
    if (!state || revision === null) {
      throw notFound('ObligationNotFound', `Obligation ${id} did not exist as of ${asOf?.toISOString() ?? 'now'}`);
    }
    // remindersSent/overdueVersion/escalationLevel are bookkeeping; the lists below say the same, dated.
    const { remindersSent: _r, overdueVersion: _o, escalationLevel: _e, ...view } = state;
    return { id, stream, revision, ...view };
  }
}
