import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, readScopeOf, requireNotLiaison, requireProvince } from '@app/platform/read-query';
import { COMPLIANCE_GRADING, type ComplianceGrading } from '../../compliance-grading';
import { complianceSummary, type ComplianceSummary } from '../../compliance-summary';
import { COMPLIANCE_READ_MODEL } from '../../compliance.queries';
import { ComplianceSummaryQuery } from './compliance-summary.query';

@QueryHandler(ComplianceSummaryQuery)
export class ComplianceSummaryHandler implements IQueryHandler<ComplianceSummaryQuery> {
  constructor(
    private readonly gate: ReadModelGate,
    @Inject(COMPLIANCE_GRADING) private readonly grading: ComplianceGrading,
  ) {}

  execute({ params, actor, options }: ComplianceSummaryQuery): Promise<ComplianceSummary> {
    const scope = readScopeOf(actor);
    requireNotLiaison(scope, 'A compliance summary');
    if (params.province !== undefined) requireProvince(scope, params.province);
    return this.gate.read(COMPLIANCE_READ_MODEL, actor, options, (source) => complianceSummary(source, scope, params, this.grading));
  }
}
