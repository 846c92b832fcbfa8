import type { DomainEvent } from '@app/kernel';
import type { ContactCadence, ContactChannel, ContactLanguage, ContactRole } from '../../directory/contact-directory.port';

/** Everything a contact record holds besides where it lives (its provider or province office). */
export interface ContactDetails {
  role: ContactRole;
  /** A unit of the provider for a unit's role; null for the whole provider and the Ombudsman side. */
  unitId: string | null;
  name: string;
  position: string;
  email: string;
  /** E.164 (`+62…`), or null when not given. */
  phone: string | null;
  channel: ContactChannel;
  cadence: ContactCadence;
  language: ContactLanguage;
  userSub: string | null;
}

/** Where a contact lives: a provider's directory (`entityCode` set) or a province's Ombudsman office (`entityCode` null). */
export interface ContactHome {
  contactId: string;
  entityCode: string | null;
  provinceCode: string;
}

export type ContactAdded = DomainEvent<'ContactAdded', ContactHome & ContactDetails>;
/** `changes` holds only the fields that changed, each with its new value. */
export type ContactChanged = DomainEvent<'ContactChanged', ContactHome & { changes: Partial<ContactDetails> }>;
export type ContactRemoved = DomainEvent<'ContactRemoved', ContactHome & { reason: string }>;

export type ContactEvent = ContactAdded | ContactChanged | ContactRemoved;
export const CONTACT_EVENT_TYPES: Array<ContactEvent['type']> = ['ContactAdded', 'ContactChanged', 'ContactRemoved'];
