import type { DomainEvent } from '@app/kernel';
import type { Contact } from '../../directory/contact-directory.port';

/** Everything a contact record holds besides where it lives: the port's Contact, field for field. */
export type ContactDetails = Omit<Contact, keyof ContactHome>;

/** Where a contact lives: a provider's directory (`entityCode` set) or a province's Ombudsman office (`entityCode` null). */
export type ContactHome = Pick<Contact, 'contactId' | 'entityCode' | 'provinceCode'>;

/**
 * The details as a ContactAdded records them. `webhookUrl` came later: events recorded before it
 * lack the field and are never rewritten; readers take its absence as null.
 */
export type RecordedContactDetails = Omit<ContactDetails, 'webhookUrl'> & { webhookUrl?: string | null };

export type ContactAdded = DomainEvent<'ContactAdded', ContactHome & RecordedContactDetails>;
/** `changes` holds only the fields that changed, each with its new value. */
export type ContactChanged = DomainEvent<'ContactChanged', ContactHome & { changes: Partial<ContactDetails> }>;
export type ContactRemoved = DomainEvent<'ContactRemoved', ContactHome & { reason: string }>;

export type ContactEvent = ContactAdded | ContactChanged | ContactRemoved;
export const CONTACT_EVENT_TYPES: Array<ContactEvent['type']> = ['ContactAdded', 'ContactChanged', 'ContactRemoved'];
