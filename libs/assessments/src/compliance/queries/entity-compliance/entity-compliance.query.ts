import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { EntityCompliance } from '../../compliance.queries';

export class EntityComplianceQuery extends Query<EntityCompliance> {
  constructor(
    readonly entityCode: string,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
