import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { HistoricalRead } from '@app/platform/http';
import type { PksView } from './get-pks.response.dto';

export class GetPksQuery extends Query<PksView> {
  constructor(
    readonly pksId: string,
    readonly actor: Actor,
    /** asOf / validAt as the client wrote them; bare dates resolve in the provider's zone. */
    readonly at: HistoricalRead = {},
  ) {
    super();
  }
}
