import { Module } from '@nestjs/common';
import { COMPLIANCE_GRADING, METHODOLOGY_CATALOG, complianceGrading, methodologyCatalogProvider, type MethodologyCatalog } from '@app/assessments';
import { ReadModelGate } from '@app/platform/read-query';
import { ProviderReportHttpController } from './provider-report.http.controller';
import { ProviderReportReader } from './provider-report.reader';

/** GET /v1/entities/{code}/report. Needs the global AggregateStore, ProjectionsModule, REDIS, CLOCK and SpreadsheetsModule. */
@Module({
  controllers: [ProviderReportHttpController],
  providers: [
    ReadModelGate,
    methodologyCatalogProvider,
    { provide: COMPLIANCE_GRADING, inject: [METHODOLOGY_CATALOG], useFactory: (catalog: MethodologyCatalog) => complianceGrading(catalog) },
    ProviderReportReader,
  ],
})
export class ReportsModule {}
