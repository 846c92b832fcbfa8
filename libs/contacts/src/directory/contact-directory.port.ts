/**
 * Who must hear about a deadline step. The directory answers by role: on the provider's side
 * per provider (and per unit for a unit's roles), on the Ombudsman side per province. Routing
 * (libs/follow-up processing) depends only on this port; the contacts context implements it.
 */
export const CONTACT_DIRECTORY = Symbol('CONTACT_DIRECTORY');

/** Roles on the provider's side: the liaison officer, a unit's head, the Sekda, the head of region. */
export const PROVIDER_ROLES = ['liaison', 'unit_head', 'regional_secretary', 'head_of_region'] as const;
/** Roles on the Ombudsman side, per province office: the officer in charge and the leadership. */
export const OMBUDSMAN_ROLES = ['ombudsman_officer', 'ombudsman_leadership'] as const;
export const CONTACT_ROLES = [...PROVIDER_ROLES, ...OMBUDSMAN_ROLES] as const;

/**
 * The Ombudsman's central office (Ombudsman RI pusat) as an office code beside the provinces'
 * two-digit ones: ministries and agencies (national providers, in no province) answer to it.
 */
export const CENTRAL_OFFICE = '00';
export const CENTRAL_OFFICE_NAME = 'Ombudsman RI pusat';

export type ProviderRole = (typeof PROVIDER_ROLES)[number];
export type OmbudsmanRole = (typeof OMBUDSMAN_ROLES)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** `email`: each step (or the daily digest) by e-mail; `webhook`: each step POSTed, signed, to the contact's own `webhookUrl`. */
export const CONTACT_CHANNELS = ['email', 'webhook'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** `each`: one message per step; `digest`: one e-mail a day listing the day's steps. */
export const CONTACT_CADENCES = ['each', 'digest'] as const;
export type ContactCadence = (typeof CONTACT_CADENCES)[number];

export const CONTACT_LANGUAGES = ['id', 'en'] as const;
export type ContactLanguage = (typeof CONTACT_LANGUAGES)[number];

export interface Contact {
  contactId: string;
  role: ContactRole;
  /** The provider (entity code) for provider roles; null for the Ombudsman side. */
  entityCode: string | null;
  /** Two-digit province code: the provider's, or the Ombudsman office's. */
  provinceCode: string;
  /** Set for a unit's role (unit_head, or a unit's own liaison); null for the whole provider. */
  unitId: string | null;
  name: string;
  position: string;
  email: string;
  /** E.164, `+62…`; absent when unknown. */
  phone: string | null;
  channel: ContactChannel;
  cadence: ContactCadence;
  language: ContactLanguage;
  /** The signed-in user (token `sub`) this contact is, for the in-app inbox; null if none. */
  userSub: string | null;
  /** Where a contact whose channel is `webhook` is reached (https, or http on a loopback host); null if none. */
  webhookUrl: string | null;
}

export interface ContactDirectory {
  /**
   * The provider's contacts in `role`. With `unitId`, a unit role answers that unit's contacts
   * first and falls back to the provider-wide ones; an empty list means nobody is on record.
   */
  forProvider(entityCode: string, role: ProviderRole, unitId?: string | null): Promise<Contact[]>;
  /** The Ombudsman office's contacts in `role` for a province (two-digit code). */
  forOmbudsman(provinceCode: string, role: OmbudsmanRole): Promise<Contact[]>;
}
