import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import { CONTACT_EVENT_TYPES, type ContactDetails, type ContactEvent, type ContactHome } from '../contact/domain/contact.events';
import { CONTACTS_READ_MODEL, INDEX_SCORE, contactKeys as K } from './contacts.keys';

/** Hash fields of a contact: null becomes '' (Redis has no null); the reader turns '' back into null. */
function fieldsOf(values: Partial<ContactHome & ContactDetails>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) fields[name] = value ?? '';
  }
  return fields;
}

function indexOf(home: ContactHome): string {
  return home.entityCode === null ? K.ofOmbudsman(home.provinceCode) : K.ofProvider(home.entityCode);
}

/**
 * The directory as a read model: a hash per contact and an id index per provider and per
 * Ombudsman office. Role and unit are filtered at query time (a directory holds a handful of
 * contacts), so a change of role or unit moves nothing between indexes.
 */
export const contactsProjection: Projection = {
  name: CONTACTS_READ_MODEL,
  version: 1,
  filter: { eventTypes: CONTACT_EVENT_TYPES },
  apply(recorded: RecordedEvent): ProjectionOp[] {
    const event = recorded as unknown as ContactEvent;
    return [...contactOps(event), op.set(K.revision(indexOf(event.data)), String(recorded.revision))];
  },
};

function contactOps(event: ContactEvent): ProjectionOp[] {
  switch (event.type) {
    case 'ContactAdded':
      return [op.hset(K.contact(event.data.contactId), fieldsOf(event.data)), op.zadd(indexOf(event.data), INDEX_SCORE, event.data.contactId)];
    case 'ContactChanged':
      return [op.hset(K.contact(event.data.contactId), fieldsOf(event.data.changes))];
    case 'ContactRemoved':
      return [op.del(K.contact(event.data.contactId)), op.zrem(indexOf(event.data), event.data.contactId)];
    default:
      return [];
  }
}
