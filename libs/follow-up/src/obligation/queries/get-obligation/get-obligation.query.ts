import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ObligationView } from './get-obligation.response.dto';

export class GetObligationQuery extends Query<ObligationView> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
    readonly asOf?: Date,
  ) {
    super();
  }
}
