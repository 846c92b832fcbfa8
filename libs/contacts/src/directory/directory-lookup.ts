import type { Contact, OmbudsmanRole, ProviderRole } from './contact-directory.port';

/**
 * The directory's one lookup rule, shared by the Redis read model and the memory directory so
 * the two cannot drift: a unit's contacts in the role first; when the unit has nobody in it (or
 * no unit is asked for), the provider-wide contacts in the role. Ordered by contact id so every
 * caller sees the same order.
 */
export function pickProviderContacts(contacts: readonly Contact[], entityCode: string, role: ProviderRole, unitId?: string | null): Contact[] {
  const inRole = contacts.filter((contact) => contact.entityCode === entityCode && contact.role === role);
  const unitOnes = unitId ? inRole.filter((contact) => contact.unitId === unitId) : [];
  const chosen = unitOnes.length > 0 ? unitOnes : inRole.filter((contact) => contact.unitId === null);
  return sortById(chosen);
}

/** The Ombudsman office's contacts in `role` for a province. */
export function pickOmbudsmanContacts(contacts: readonly Contact[], provinceCode: string, role: OmbudsmanRole): Contact[] {
  return sortById(contacts.filter((contact) => contact.entityCode === null && contact.provinceCode === provinceCode && contact.role === role));
}

function sortById(contacts: Contact[]): Contact[] {
  return [...contacts].sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0));
}
