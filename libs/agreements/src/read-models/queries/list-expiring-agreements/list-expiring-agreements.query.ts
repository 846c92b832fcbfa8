import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ExpiringPage, ExpiringParams } from '../../agreements.queries';
import type { ReadOptions } from '@app/platform/read-query';

export class ListExpiringAgreementsQuery extends Query<ExpiringPage> {
  constructor(
    readonly params: ExpiringParams,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
