import type { RedisClient } from '@app/platform/redis';
import { hashesOf, pipelined, type RedisCommand } from '@app/platform/read-query';
import type { ReadModelView } from '@app/platform/projections';
import type { Contact, ContactCadence, ContactChannel, ContactLanguage, ContactRole } from '../directory/contact-directory.port';
import { contactKeys as K } from './contacts.keys';

const nullable = (value: string | undefined): string | null => (value ? value : null);

function contactOf(row: Record<string, string>): Contact {
  return {
    contactId: row.contactId,
    role: row.role as ContactRole,
    entityCode: nullable(row.entityCode),
    provinceCode: row.provinceCode,
    unitId: nullable(row.unitId),
    name: row.name,
    position: row.position ?? '',
    email: row.email,
    phone: nullable(row.phone),
    channel: row.channel as ContactChannel,
    cadence: row.cadence as ContactCadence,
    language: row.language as ContactLanguage,
    userSub: nullable(row.userSub),
    // Absent for contacts recorded before webhooks, '' for null: both are "none".
    webhookUrl: nullable(row.webhookUrl),
  };
}

/** Every contact in one index (a provider's or an Ombudsman office's), ordered by id. */
export async function contactsIn(redis: RedisClient, view: ReadModelView, index: string): Promise<Contact[]> {
  const ids = (await pipelined(redis, [['zrange', view.key(index), 0, -1]]))[0] as string[];
  const rows = await hashesOf(redis, ids.map((id) => view.key(K.contact(id))));
  return rows.filter((row) => row.contactId !== undefined).map(contactOf);
}

export const providerContacts = (redis: RedisClient, view: ReadModelView, entityCode: string): Promise<Contact[]> => contactsIn(redis, view, K.ofProvider(entityCode));
export const ombudsmanContacts = (redis: RedisClient, view: ReadModelView, provinceCode: string): Promise<Contact[]> => contactsIn(redis, view, K.ofOmbudsman(provinceCode));

/** The contacts of many providers in two round trips: for the missing-contacts list. */
export async function contactsOfProviders(redis: RedisClient, view: ReadModelView, entityCodes: string[]): Promise<Map<string, Contact[]>> {
  const idLists = (await pipelined(redis, entityCodes.map((code): RedisCommand => ['zrange', view.key(K.ofProvider(code)), 0, -1]))) as string[][];
  const ids = idLists.flat();
  const rows = await hashesOf(redis, ids.map((id) => view.key(K.contact(id))));
  const byProvider = new Map<string, Contact[]>(entityCodes.map((code) => [code, []]));
  for (const row of rows) {
    if (row.contactId === undefined) continue;
    const contact = contactOf(row);
    if (contact.entityCode !== null) byProvider.get(contact.entityCode)?.push(contact);
  }
  return byProvider;
}

/** The directory stream's revision as the read model last saw it (null: no contact event yet). */
export async function directoryRevision(redis: RedisClient, view: ReadModelView, index: string): Promise<number | null> {
  const value = (await pipelined(redis, [['get', view.key(K.revision(index))]]))[0] as string | null;
  return value === null ? null : Number(value);
}
