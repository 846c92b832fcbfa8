import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { MouView } from './get-mou.response.dto';

export class GetMouQuery extends Query<MouView> {
  constructor(
    readonly mouId: string,
    readonly actor: Actor,
    readonly asOf?: Date,
  ) {
    super();
  }
}
