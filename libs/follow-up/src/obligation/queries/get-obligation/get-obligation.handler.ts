import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { describeReadAt, resolveHistoricalRead } from '@app/platform/http';
import { loadDeliveries } from '../../../processing/deliveries/load-deliveries';
import { obligationDecider } from '../../domain/obligation.decider';
import { obligationStream } from '../../obligation.stream';
import { GetObligationQuery } from './get-obligation.query';
import type { ObligationView } from './get-obligation.response.dto';

@QueryHandler(GetObligationQuery)
export class GetObligationHandler implements IQueryHandler<GetObligationQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, at }: GetObligationQuery): Promise<ObligationView> {
    const stream = obligationStream(id);
    // Scope is judged on the record as it is now, so asOf/validAt cannot date a foreign record.
    const current = await this.aggregates.load(stream, obligationDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state ?? undefined }, `Obligation ${id}`, 'ObligationNotFound');
    if (!current.state) throw notFound('ObligationNotFound', `Obligation ${id} does not exist`);
    // The deadline's zone is the provider's, copied from its PKS when the obligation was scheduled.
    const { cut, readAt } = resolveHistoricalRead(at, current.state.deadline.timeZone);
    const { state, revision } = readAt.length > 0 ? await this.aggregates.load(stream, obligationDecider, cut) : current;
    if (!state || revision === null) {
      throw notFound('ObligationNotFound', `Obligation ${id} did not exist ${describeReadAt(readAt)}`);
    }
    // remindersSent/overdueVersion/escalationLevel are bookkeeping; the lists below say the same, dated.
    const { remindersSent: _r, overdueVersion: _o, escalationLevel: _e, ...view } = state;
    // Who was reminded, and when: the delivery records, as known at the same cut.
    const deliveries = await loadDeliveries(this.aggregates, stream, readAt.length > 0 ? cut : undefined);
    return { id, stream, revision, ...view, deliveries, readAt };
  }
}
