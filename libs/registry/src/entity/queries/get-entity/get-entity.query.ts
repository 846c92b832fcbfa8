import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { EntityView } from './get-entity.response.dto';

export class GetEntityQuery extends Query<EntityView> {
  constructor(
    readonly code: string,
    readonly actor: Actor,
    readonly asOf?: Date,
  ) {
    super();
  }
}
