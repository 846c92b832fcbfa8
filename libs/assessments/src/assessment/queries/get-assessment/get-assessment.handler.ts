import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, requireVisible } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { assessmentDecider } from '../../domain/assessment.decider';
import { assessmentStream } from '../../domain/assessment.stream';
import { GetAssessmentQuery } from './get-assessment.query';
import type { AssessmentView } from './get-assessment.response.dto';

@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, asOf }: GetAssessmentQuery): Promise<AssessmentView> {
    const stream = assessmentStream(id);
    // Scope is judged on the record as it is now, so asOf cannot date a foreign record.
    const current = await this.aggregates.load(stream, assessmentDecider);
    requireVisible(actor, { exists: current.revision !== null, where: current.state ?? undefined }, `Assessment ${id}`, 'AssessmentNotFound');
    const { state, revision } = asOf ? await this.aggregates.load(stream, assessmentDecider, asOf) : current;
    if (!state || revision === null) {
      throw notFound('AssessmentNotFound', `Assessment ${id} did not exist as of ${asOf?.toISOString() ?? 'now'}`);
    }
    return { id, stream, revision, ...state };
  }
}
