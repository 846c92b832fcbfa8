import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ReadModelGate } from '@app/platform/read-query';
import { METHODOLOGY_CATALOG, methodologyCatalogProvider } from '../methodology/methodology.loader';
import type { MethodologyCatalog } from '../methodology/methodology-catalog';
import { COMPLIANCE_GRADING, complianceGrading } from './compliance-grading';
import { ComplianceSummaryHandler } from './queries/compliance-summary/compliance-summary.handler';
import { ComplianceSummaryHttpController } from './queries/compliance-summary/compliance-summary.http.controller';
import { EntityComplianceHandler } from './queries/entity-compliance/entity-compliance.handler';
import { EntityComplianceHttpController } from './queries/entity-compliance/entity-compliance.http.controller';
import { ListComplianceHandler } from './queries/list-compliance/list-compliance.handler';
import { ListComplianceHttpController } from './queries/list-compliance/list-compliance.http.controller';

/**
 * Queries on the `compliance` read model (register complianceProjection(catalog) with
 * ProjectionsModule). Needs the global ProjectionsModule, REDIS and CLOCK.
 */
@Module({
  imports: [CqrsModule],
  // The summary's static path is registered before the list's, and both before /entities/:code.
  controllers: [ComplianceSummaryHttpController, ListComplianceHttpController, EntityComplianceHttpController],
  providers: [
    ReadModelGate,
    methodologyCatalogProvider,
    { provide: COMPLIANCE_GRADING, inject: [METHODOLOGY_CATALOG], useFactory: (catalog: MethodologyCatalog) => complianceGrading(catalog) },
    ListComplianceHandler,
    ComplianceSummaryHandler,
    EntityComplianceHandler,
  ],
})
export class ComplianceReadModule {}
