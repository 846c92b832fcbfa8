import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CorrectAssessmentHandler } from './assessment/commands/correct-assessment/correct-assessment.handler';
import { CorrectAssessmentHttpController } from './assessment/commands/correct-assessment/correct-assessment.http.controller';
import { RecordAssessmentHandler } from './assessment/commands/record-assessment/record-assessment.handler';
import { RecordAssessmentHttpController } from './assessment/commands/record-assessment/record-assessment.http.controller';
import { GetAssessmentHandler } from './assessment/queries/get-assessment/get-assessment.handler';
import { GetAssessmentHttpController } from './assessment/queries/get-assessment/get-assessment.http.controller';
import { METHODOLOGY_CATALOG, methodologyCatalogProvider } from './methodology/methodology.loader';
import { ListMethodologiesHandler } from './methodology/queries/list-methodologies/list-methodologies.handler';
import { ListMethodologiesHttpController } from './methodology/queries/list-methodologies/list-methodologies.http.controller';

/**
 * Annual compliance assessments graded by the year's methodology (bundled JSON plus
 * METHODOLOGY_FILE). Needs CommandsModule (AggregateStore); reads the registry's entity streams.
 */
@Module({
  imports: [CqrsModule],
  controllers: [
    RecordAssessmentHttpController,
    CorrectAssessmentHttpController,
    GetAssessmentHttpController,
    ListMethodologiesHttpController,
  ],
  providers: [methodologyCatalogProvider, RecordAssessmentHandler, CorrectAssessmentHandler, GetAssessmentHandler, ListMethodologiesHandler],
  exports: [METHODOLOGY_CATALOG],
})
export class AssessmentsModule {}
