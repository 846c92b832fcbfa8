import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { EntityAgreements } from '../../agreements.queries';
import type { ReadOptions } from '@app/platform/read-query';

export class GetEntityAgreementsQuery extends Query<EntityAgreements> {
  constructor(
    readonly entityCode: string,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
