import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { canRead, forbidden, notFound } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
import { assessmentDecider } from '../../domain/assessment.decider';
import { assessmentStream } from '../../domain/assessment.stream';
import { GetAssessmentQuery } from './get-assessment.query';
import type { AssessmentView } from './get-assessment.response.dto';

@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ id, actor, asOf }: GetAssessmentQuery): Promise<AssessmentView> {
    const stream = assessmentStream(id);
    const { state, revision } = await this.aggregates.load(stream, assessmentDecider, asOf);
    if (!state || revision === null) {
      throw notFound('AssessmentNotFound', `No assessment ${id}${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    }
    if (!canRead(actor, state)) throw forbidden('OutsideScope', `Assessment ${id} is outside your scope`);
    return { id, stream, revision, ...state };
  }
}
