import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { HistoricalRead } from '@app/platform/http';
import type { MouView } from './get-mou.response.dto';

export class GetMouQuery extends Query<MouView> {
  constructor(
    readonly mouId: string,
    readonly actor: Actor,
    /** asOf / validAt as the client wrote them; bare dates resolve in the provider's zone. */
    readonly at: HistoricalRead = {},
  ) {
    super();
  }
}
