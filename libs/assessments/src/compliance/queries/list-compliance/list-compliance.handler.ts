import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, readScopeOf, requireProvince } from '@app/platform/read-query';
import { COMPLIANCE_GRADING, type ComplianceGrading } from '../../compliance-grading';
import { COMPLIANCE_READ_MODEL, listCompliance, type ComplianceList } from '../../compliance.queries';
import { ListComplianceQuery } from './list-compliance.query';

@QueryHandler(ListComplianceQuery)
export class ListComplianceHandler implements IQueryHandler<ListComplianceQuery> {
  constructor(
    private readonly gate: ReadModelGate,
    @Inject(COMPLIANCE_GRADING) private readonly grading: ComplianceGrading,
  ) {}

  execute({ params, actor, options }: ListComplianceQuery): Promise<ComplianceList> {
    const scope = readScopeOf(actor);
    if (params.province !== undefined) requireProvince(scope, params.province);
    return this.gate.read(COMPLIANCE_READ_MODEL, actor, options, (source) => listCompliance(source, scope, params, this.grading));
  }
}
