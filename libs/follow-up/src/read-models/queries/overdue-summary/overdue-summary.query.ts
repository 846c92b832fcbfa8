import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { OverdueSummary, OverdueSummaryParams } from './overdue-summary';

export class OverdueSummaryQuery extends Query<OverdueSummary> {
  constructor(
    readonly params: OverdueSummaryParams,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
