import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ExpiringPage, ExpiringParams } from '../../agreements.queries';
import type { ReadOptions } from '../../read-query/read-options';

export class ListExpiringAgreementsQuery extends Query<ExpiringPage> {
  constructor(
    readonly params: ExpiringParams,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
