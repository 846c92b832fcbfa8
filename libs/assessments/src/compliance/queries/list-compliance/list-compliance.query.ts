import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { ComplianceList, ComplianceListParams } from '../../compliance.queries';

export class ListComplianceQuery extends Query<ComplianceList> {
  constructor(
    readonly params: ComplianceListParams,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
