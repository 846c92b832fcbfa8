import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimeZone, notFound, requireVisible } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { HistoricalRead, describeReadAt, needsZone, resolveHistoricalRead } from '@app/platform/http';
import { entityDecider, entityStream } from '@app/registry';
import { assessmentDecider } from '../../domain/assessment.decider';
import { assessmentStream } from '../../domain/assessment.stream';
import { GetAssessmentQuery } from './get-assessment.query';
import type { AssessmentView } from './get-assessment.response.dto';

@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, at }: GetAssessmentQuery): Promise<AssessmentView> {
    const stream = assessmentStream(id);
    // Scope is judged on the record as it is now, so asOf/validAt cannot date a foreign record.
    const current = await this.aggregates.load(stream, assessmentDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state ?? undefined }, `Assessment ${id}`, 'AssessmentNotFound');
    if (!current.state) throw notFound('AssessmentNotFound', `Assessment ${id} does not exist`);
    const { cut, readAt } = resolveHistoricalRead(at, await this.providerZone(current.state.entityCode, at));
    const { state, revision } = readAt.length > 0 ? await this.aggregates.load(stream, assessmentDecider, cut) : current;
    if (!state || revision === null) {
      throw notFound('AssessmentNotFound', `Assessment ${id} did not exist ${describeReadAt(readAt)}`);
    }
    return { id, stream, revision, ...state, readAt };
  }

  /** The assessment does not carry its provider's zone: the registry does, read only when a bare date needs it. */
  private async providerZone(entityCode: string, at: HistoricalRead): Promise<TimeZone> {
    if (!needsZone(at)) return 'WIB'; // unused: every point is an exact instant
    const { state } = await this.aggregates.load(entityStream(entityCode), entityDecider);
    // An assessment is recorded only for a registered provider; WIB is the national default otherwise.
    return state.status === 'registered' ? state.timezone : 'WIB';
  }
}
