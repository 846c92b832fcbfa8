import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { AssessmentView } from './get-assessment.response.dto';

export class GetAssessmentQuery extends Query<AssessmentView> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
    readonly asOf?: Date,
  ) {
    super();
  }
}
