import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { HistoricalRead } from '@app/platform/http';
import type { EntityView } from './get-entity.response.dto';

export class GetEntityQuery extends Query<EntityView> {
  constructor(
    readonly code: string,
    readonly actor: Actor,
    /** asOf / validAt as the client wrote them; bare dates resolve in the provider's zone. */
    readonly at: HistoricalRead = {},
  ) {
    super();
  }
}
