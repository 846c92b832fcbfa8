import type { Contact, ContactDirectory, OmbudsmanRole, ProviderRole } from '../directory/contact-directory.port';
import { pickOmbudsmanContacts, pickProviderContacts } from '../directory/directory-lookup';

/** What a test must say about a contact; the rest takes the same defaults as the API. */
export type MemoryContactInput = Pick<Contact, 'role' | 'provinceCode' | 'name' | 'email'> & Partial<Contact>;

let sequence = 0;

/**
 * A directory held in memory, for tests of routing and notifications. It answers with the same
 * lookup rule as the read model (unit first, then provider-wide; Ombudsman per province).
 */
export class MemoryContactDirectory implements ContactDirectory {
  private readonly contacts = new Map<string, Contact>();

  constructor(initial: readonly MemoryContactInput[] = []) {
    for (const contact of initial) this.add(contact);
  }

  /** Puts a contact on record (replacing one with the same id) and returns it in full. */
  add(input: MemoryContactInput): Contact {
    sequence += 1;
    const contact: Contact = {
      contactId: input.contactId ?? `contact-${sequence}`,
      role: input.role,
      entityCode: input.entityCode ?? null,
      provinceCode: input.provinceCode,
      unitId: input.unitId ?? null,
      name: input.name,
      position: input.position ?? '',
      email: input.email,
      phone: input.phone ?? null,
      channel: input.channel ?? 'email',
      cadence: input.cadence ?? 'each',
      language: input.language ?? 'id',
      userSub: input.userSub ?? null,
      webhookUrl: input.webhookUrl ?? null,
    };
    this.contacts.set(contact.contactId, contact);
    return contact;
  }

  remove(contactId: string): void {
    this.contacts.delete(contactId);
  }

  all(): Contact[] {
    return [...this.contacts.values()];
  }

  forProvider(entityCode: string, role: ProviderRole, unitId?: string | null): Promise<Contact[]> {
    return Promise.resolve(pickProviderContacts(this.all(), entityCode, role, unitId));
  }

  forOmbudsman(provinceCode: string, role: OmbudsmanRole): Promise<Contact[]> {
    return Promise.resolve(pickOmbudsmanContacts(this.all(), provinceCode, role));
  }
}
