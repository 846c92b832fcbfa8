import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { HistoricalRead } from '@app/platform/http';
import type { AssessmentView } from './get-assessment.response.dto';

export class GetAssessmentQuery extends Query<AssessmentView> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
    /** asOf / validAt as the client wrote them; bare dates resolve in the provider's zone. */
    readonly at: HistoricalRead = {},
  ) {
    super();
  }
}
