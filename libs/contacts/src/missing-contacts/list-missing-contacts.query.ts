import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { MissingContactList } from './missing-contact-list.response.dto';

export class ListMissingContactsQuery extends Query<MissingContactList> {
  constructor(
    readonly page: { cursor?: string; limit: number },
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
