import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { HistoricalRead } from '@app/platform/http';
import type { ObligationView } from './get-obligation.response.dto';

export class GetObligationQuery extends Query<ObligationView> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
    /** asOf / validAt as the client wrote them; bare dates resolve in the provider's zone. */
    readonly at: HistoricalRead = {},
  ) {
    super();
  }
}
