import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import { ReadModelGate } from '@app/platform/read-query';
import { loadDirectoryHome } from '../../contact/directory-target';
import { CONTACTS_READ_MODEL, contactKeys as K } from '../contacts.keys';
import { contactsIn, directoryRevision } from '../contacts.queries';
import type { ContactListDto } from './contact-list.response.dto';
import { ListContactsQuery } from './list-contacts.query';

/**
 * A directory's contacts, ordered by id. Who may read is judged on the directory's home first
 * (a provider outside the caller's scope and an unknown one answer alike), then the list comes
 * from the read model (`minPosition` for read-your-writes, `asOf` for auditors and admins).
 */
@QueryHandler(ListContactsQuery)
export class ListContactsHandler implements IQueryHandler<ListContactsQuery> {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly gate: ReadModelGate,
  ) {}

  async execute({ target, filters, actor, options }: ListContactsQuery): Promise<ContactListDto> {
    await loadDirectoryHome(this.aggregates, target, actor);
    const index = target.side === 'provider' ? K.ofProvider(target.entityCode) : K.ofOmbudsman(target.provinceCode);
    return this.gate.read(CONTACTS_READ_MODEL, actor, options, async ({ redis, view }) => {
      const contacts = await contactsIn(redis, view, index);
      return {
        items: contacts.filter((c) => (filters.role === undefined || c.role === filters.role) && (filters.unit === undefined || c.unitId === filters.unit)),
        revision: await directoryRevision(redis, view, index),
      };
    });
  }
}
