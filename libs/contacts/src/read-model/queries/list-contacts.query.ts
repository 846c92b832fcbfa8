import { Query } from '@nestjs/cqrs';
import type { Actor } from '@app/kernel';
import type { ReadOptions } from '@app/platform/read-query';
import type { ContactRole } from '../../directory/contact-directory.port';
import type { DirectoryTarget } from '../../contact/directory-target';
import type { ContactListDto } from './contact-list.response.dto';

export interface ContactListFilters {
  role?: ContactRole;
  unit?: string;
}

export class ListContactsQuery extends Query<ContactListDto> {
  constructor(
    readonly target: DirectoryTarget,
    readonly filters: ContactListFilters,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}
