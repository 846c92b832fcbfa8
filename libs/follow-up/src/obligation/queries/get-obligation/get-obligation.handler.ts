import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { canRead, forbidden, notFound } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
import { obligationDecider } from '../../domain/obligation.decider';
import { obligationStream } from '../../obligation.stream';
import { GetObligationQuery } from './get-obligation.query';
import type { ObligationView } from './get-obligation.response.dto';

@QueryHandler(GetObligationQuery)
export class GetObligationHandler implements IQueryHandler<GetObligationQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, asOf }: GetObligationQuery): Promise<ObligationView> {
    const stream = obligationStream(id);
    const { state, revision } = await this.aggregates.load(stream, obligationDecider, asOf);
    if (!state || revision === null) {
      throw notFound('ObligationNotFound', `No obligation ${id}${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    }
    if (!canRead(actor, state)) throw forbidden('OutsideScope', `Obligation ${id} is outside your scope`);
    // remindersSent/overdueVersion/escalationLevel are bookkeeping; the lists below say the same, dated.
    const { remindersSent: _r, overdueVersion: _o, escalationLevel: _e, ...view } = state;
    return { id, stream, revision, ...view };
  }
}
