import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';

export type Contact = components['schemas']['ContactDto'];
export type ContactRequest = components['schemas']['ContactRequestDto'];

/** The roles a provider's own directory holds (the Ombudsman side lives in the province's directory). */
export const PROVIDER_ROLES = ['liaison', 'unit_head', 'regional_secretary', 'head_of_region'] as const;
export type ProviderRole = (typeof PROVIDER_ROLES)[number];

/** What the form edits: every field as text, empty meaning "left out" (the API's default). */
export interface ContactDraft {
  role: ProviderRole;
  unitId: string;
  name: string;
  position: string;
  email: string;
  phone: string;
  channel: 'email' | 'webhook';
  webhookUrl: string;
  cadence: 'each' | 'digest';
  language: 'id' | 'en';
  userSub: string;
}

export const EMPTY_DRAFT: ContactDraft = { role: 'unit_head', unitId: '', name: '', position: '', email: '', phone: '', channel: 'email', webhookUrl: '', cadence: 'each', language: 'id', userSub: '' };

export function draftOf(contact: Contact): ContactDraft {
  return {
    role: (PROVIDER_ROLES as readonly string[]).includes(contact.role) ? (contact.role as ProviderRole) : 'liaison',
    unitId: contact.unitId ?? '',
    name: contact.name,
    position: contact.position,
    email: contact.email,
    phone: contact.phone ?? '',
    channel: contact.channel,
    webhookUrl: contact.webhookUrl ?? '',
    cadence: contact.cadence,
    language: contact.language,
    userSub: contact.userSub ?? '',
  };
}

/** The body for POST and PUT: optional fields left empty are left out (never sent as null), as the API asks. */
export function requestOf(draft: ContactDraft): ContactRequest {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    role: draft.role,
    unitId: optional(draft.unitId),
    name: draft.name.trim(),
    position: draft.position.trim(),
    email: draft.email.trim(),
    phone: optional(draft.phone),
    channel: draft.channel,
    webhookUrl: draft.channel === 'webhook' ? optional(draft.webhookUrl) : undefined,
    cadence: draft.cadence,
    language: draft.language,
    userSub: optional(draft.userSub),
  };
}

export function useContacts(code: string) {
  return useQuery({ queryKey: ['contacts', code], queryFn: () => data(api.GET('/v1/entities/{code}/contacts', { params: { path: { code } } })) });
}

/** If-Match from the directory's revision: a change is refused (412) if someone else changed the directory since it was read. */
export function ifMatch(revision: number | null): { 'If-Match'?: string } {
  return revision === null ? {} : { 'If-Match': `"${revision}"` };
}
