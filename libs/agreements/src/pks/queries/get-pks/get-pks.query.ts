import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { PksView } from './get-pks.response.dto';

export class GetPksQuery extends Query<PksView> {
  constructor(
    readonly pksId: string,
    readonly actor: Actor,
    readonly asOf?: Date,
  ) {
    super();
  }
}
