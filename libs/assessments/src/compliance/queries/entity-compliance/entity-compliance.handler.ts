import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelGate, readScopeOf } from '@app/platform/read-query';
import { COMPLIANCE_GRADING, type ComplianceGrading } from '../../compliance-grading';
import { COMPLIANCE_READ_MODEL, entityCompliance, type EntityCompliance } from '../../compliance.queries';
import { EntityComplianceQuery } from './entity-compliance.query';

@QueryHandler(EntityComplianceQuery)
export class EntityComplianceHandler implements IQueryHandler<EntityComplianceQuery> {
  constructor(
    private readonly gate: ReadModelGate,
    @Inject(COMPLIANCE_GRADING) private readonly grading: ComplianceGrading,
  ) {}

  execute({ entityCode, actor, options }: EntityComplianceQuery): Promise<EntityCompliance> {
    const scope = readScopeOf(actor);
    return this.gate.read(COMPLIANCE_READ_MODEL, actor, options, (source) => entityCompliance(source, scope, entityCode, this.grading));
  }
}
