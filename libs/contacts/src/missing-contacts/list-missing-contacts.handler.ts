import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RECOMMENDATIONS_READ_MODEL } from '@app/follow-up';
import { ReadModelGate, decodeCursor, encodeCursor, readScopeOf } from '@app/platform/read-query';
import { CENTRAL_OFFICE, type Contact } from '../directory/contact-directory.port';
import { CONTACTS_READ_MODEL } from '../read-model/contacts.keys';
import { contactsOfProviders, ombudsmanContacts } from '../read-model/contacts.queries';
import type { MissingContactList } from './missing-contact-list.response.dto';
import { compareKeys, missingContacts, sortKey } from './missing-contacts';
import { openWorkOf } from './open-work';
import { ListMissingContactsQuery } from './list-missing-contacts.query';

/**
 * The roles to complete within the caller's scope: the open work from the follow-up read model,
 * minus the contacts on record in the contacts read model (both read after `minPosition`).
 * Computed per request from the open items in scope, then paged by a stable key.
 */
@QueryHandler(ListMissingContactsQuery)
export class ListMissingContactsHandler implements IQueryHandler<ListMissingContactsQuery> {
  constructor(private readonly gate: ReadModelGate) {}

  execute({ page, actor, options }: ListMissingContactsQuery): Promise<MissingContactList> {
    const scope = readScopeOf(actor);
    const after = decodeCursor(page.cursor, ['s'])?.[0] as string | undefined;
    return this.gate.read(CONTACTS_READ_MODEL, actor, options, (contacts) =>
      this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, async (items) => {
        const work = await openWorkOf(items, scope);
        const providers = await contactsOfProviders(contacts.redis, contacts.view, work.map((w) => w.entityCode));
        // The central office, where ministries' steps go, is listed to those who see every province (it is no province's).
        const withCentralOffice = scope.kind === 'all';
        const provinces = [...new Set(work.flatMap((w) => (w.provinceCode !== null ? [w.provinceCode] : withCentralOffice ? [CENTRAL_OFFICE] : [])))];
        const offices = new Map<string, Contact[]>();
        for (const provinceCode of provinces) offices.set(provinceCode, await ombudsmanContacts(contacts.redis, contacts.view, provinceCode));
        // Liaisons read their own provider only: the Ombudsman offices are not theirs to see.
        const rows = missingContacts(work, providers, offices, scope.kind !== 'entity', withCentralOffice).filter((row) => after === undefined || compareKeys(sortKey(row), after) > 0);
        const shown = rows.slice(0, page.limit);
        const last = shown[shown.length - 1];
        return { items: shown, nextCursor: rows.length > page.limit && last ? encodeCursor([sortKey(last)]) : null };
      }),
    );
  }
}

