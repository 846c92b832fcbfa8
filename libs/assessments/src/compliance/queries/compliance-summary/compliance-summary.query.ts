import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { ComplianceSummary } from '../../compliance-summary';

export class ComplianceSummaryQuery extends Query<ComplianceSummary> {
  constructor(
    readonly params: { year?: number; province?: string },
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
