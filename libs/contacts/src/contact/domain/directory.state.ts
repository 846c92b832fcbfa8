import type { ContactDetails, ContactEvent, ContactHome } from './contact.events';

export type StoredContact = ContactHome & ContactDetails;

/** One directory (a provider's, or a province office's): the contacts on record, by id. */
export interface DirectoryState {
  contacts: Readonly<Record<string, StoredContact>>;
  /** Ids ever removed: a removed contact stays removed (its id is never reused). */
  removed: readonly string[];
}

export const initialDirectoryState = (): DirectoryState => ({ contacts: {}, removed: [] });

export function evolveDirectory(state: DirectoryState, event: ContactEvent): DirectoryState {
  switch (event.type) {
    case 'ContactAdded':
      // A contact added before webhooks existed has no webhookUrl: it has none.
      return { ...state, contacts: { ...state.contacts, [event.data.contactId]: { webhookUrl: null, ...event.data } } };
    case 'ContactChanged': {
      const current = state.contacts[event.data.contactId];
      if (!current) return state;
      return { ...state, contacts: { ...state.contacts, [event.data.contactId]: { ...current, ...event.data.changes } } };
    }
    case 'ContactRemoved': {
      const { [event.data.contactId]: _gone, ...rest } = state.contacts;
      return { contacts: rest, removed: [...state.removed, event.data.contactId] };
    }
  }
}
