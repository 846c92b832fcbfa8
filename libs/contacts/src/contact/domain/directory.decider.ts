import { assertNever, conflict, forbidden, invalid, notFound, officerCovers, type Actor, type Decider, type DomainCommand, type Jurisdiction } from '@app/kernel';
import {
  CENTRAL_OFFICE,
  CENTRAL_OFFICE_NAME,
  CONTACT_CADENCES,
  CONTACT_CHANNELS,
  CONTACT_LANGUAGES,
  OMBUDSMAN_ROLES,
  PROVIDER_ROLES,
  type ContactCadence,
  type ContactChannel,
  type ContactLanguage,
  type ContactRole,
} from '../../directory/contact-directory.port';
import type { ContactDetails, ContactEvent, ContactHome } from './contact.events';
import { REASON_MAX, WEBHOOK_URL_FORMAT, normalisePhone, requireEmail, requireOneOf, requireText, requireWebhookUrl } from './contact-rules';
import { evolveDirectory, initialDirectoryState, type DirectoryState, type StoredContact } from './directory.state';

/**
 * Whose directory a command is about, as the handler found it: a registered provider (with its
 * units) or a province's Ombudsman office. `provinceCode` is null for national bodies.
 */
export type DirectoryHome =
  | { side: 'provider'; entityCode: string; provinceCode: string | null; unitIds: readonly string[] }
  | { side: 'ombudsman'; provinceCode: string };

/** A contact as a request or an import row states it: optional fields take their defaults. */
export interface ContactInput {
  role: string;
  unitId?: string | null;
  name: string;
  position: string;
  email: string;
  phone?: string | null;
  channel?: string;
  cadence?: string;
  language?: string;
  userSub?: string | null;
  webhookUrl?: string | null;
}

export type AddContact = DomainCommand<'AddContact', ContactInput & { contactId: string }, DirectoryHome>;
/** `replace`: the input is the whole contact (PUT: omitted optional fields fall back); else only the fields given change (PATCH). */
export type ChangeContact = DomainCommand<'ChangeContact', { contactId: string; input: Partial<ContactInput>; replace: boolean }, DirectoryHome>;
export type RemoveContact = DomainCommand<'RemoveContact', { contactId: string; reason: string }, DirectoryHome>;
export type DirectoryCommand = AddContact | ChangeContact | RemoveContact;

/** Ombudsman offices carry no provider code; their jurisdiction is the province alone. */
export function jurisdictionOfHome(home: DirectoryHome): Jurisdiction {
  return home.side === 'provider' ? { entityCode: home.entityCode, provinceCode: home.provinceCode } : { entityCode: `ombudsman-${home.provinceCode}`, provinceCode: home.provinceCode };
}

/** Province code a contact carries: the provider's, `national` for ministries and agencies, or the office's. */
export const NATIONAL_PROVINCE = 'national';

function homeOf(home: DirectoryHome, contactId: string): ContactHome {
  return home.side === 'provider'
    ? { contactId, entityCode: home.entityCode, provinceCode: home.provinceCode ?? NATIONAL_PROVINCE }
    : { contactId, entityCode: null, provinceCode: home.provinceCode };
}

function describe(home: DirectoryHome): string {
  if (home.side === 'provider') return `provider ${home.entityCode}`;
  return home.provinceCode === CENTRAL_OFFICE ? `the central office (${CENTRAL_OFFICE_NAME}, ${CENTRAL_OFFICE})` : `the Ombudsman office of province ${home.provinceCode}`;
}

/**
 * Who keeps a directory: a provider's liaison keeps their own provider's, officers the providers
 * and offices of their provinces, admins every one. Auditors read only; liaisons never keep an
 * Ombudsman office's. The central office belongs to no province: admins alone keep it.
 */
export function requireKeeper(actor: Actor, home: DirectoryHome): void {
  if (actor.role === 'admin') return;
  if (home.side === 'ombudsman' && home.provinceCode === CENTRAL_OFFICE) {
    throw forbidden('RoleNotAllowed', `The contacts of ${describe(home)} are kept by admins; role ${actor.role} may not change them`);
  }
  const where = jurisdictionOfHome(home);
  if (actor.role === 'officer') {
    if (officerCovers(actor, where)) return;
    throw forbidden('OutsideScope', `The contacts of ${describe(home)} are outside your provinces [${(actor.provinces ?? []).join(', ')}]`);
  }
  if (actor.role === 'liaison' && home.side === 'provider') {
    if (actor.entityCode === home.entityCode) return;
    throw forbidden('OutsideScope', `You keep the contacts of ${actor.entityCode ?? 'no provider'}, not of ${home.entityCode}`);
  }
  throw forbidden('RoleNotAllowed', `Role ${actor.role} may not change the contacts of ${describe(home)}; ${home.side === 'provider' ? "the provider's liaison, an officer of its province" : 'an officer of the province'} or an admin is required`);
}

function requireUnit(home: DirectoryHome, role: ContactRole, unitId: string | null): string | null {
  if (home.side === 'ombudsman') {
    if (unitId === null) return null;
    throw invalid('UnitNotAllowed', 'An Ombudsman office has no units; omit unitId', [{ field: 'unitId', message: 'not allowed for an Ombudsman role', allowed: null }]);
  }
  if (role === 'unit_head' && unitId === null) {
    throw invalid('UnitRequired', `A unit_head is the head of one unit of ${home.entityCode}: give its unitId`, [{ field: 'unitId', message: 'required for unit_head', allowed: home.unitIds }]);
  }
  if (unitId === null) return null;
  if (role !== 'unit_head' && role !== 'liaison') {
    throw invalid('UnitNotAllowed', `A ${role} speaks for the whole provider, not for a unit; omit unitId`, [{ field: 'unitId', message: `not allowed for ${role}`, allowed: null }]);
  }
  if (!home.unitIds.includes(unitId)) {
    throw invalid('UnknownUnit', `Unit ${unitId} is not a registered unit of ${home.entityCode}`, [{ field: 'unitId', message: 'not a registered unit of the provider', allowed: home.unitIds }]);
  }
  return unitId;
}

const orNull = <T>(value: T | null | undefined): T | null => (value === undefined || value === null ? null : value);

/** The full, checked details of a contact in this directory; every refusal names its field. */
export function contactDetails(home: DirectoryHome, input: ContactInput): ContactDetails {
  const roles = home.side === 'provider' ? PROVIDER_ROLES : OMBUDSMAN_ROLES;
  const role = requireOneOf<ContactRole>(input.role, 'role', roles);
  const phone = orNull(input.phone);
  const userSub = orNull(input.userSub);
  const channel = requireOneOf<ContactChannel>(input.channel ?? 'email', 'channel', CONTACT_CHANNELS);
  const webhookUrl = orNull(input.webhookUrl);
  if (channel === 'webhook' && webhookUrl === null) {
    throw invalid('WebhookUrlRequired', 'A contact reached by webhook needs the URL to reach: give webhookUrl, or choose channel email', [{ field: 'webhookUrl', message: 'required when channel is webhook', allowed: WEBHOOK_URL_FORMAT }]);
  }
  return {
    role,
    unitId: requireUnit(home, role, orNull(input.unitId)),
    name: requireText(input.name, 'name'),
    position: requireText(input.position, 'position'),
    email: requireEmail(input.email),
    phone: phone === null ? null : normalisePhone(phone),
    channel,
    cadence: requireOneOf<ContactCadence>(input.cadence ?? 'each', 'cadence', CONTACT_CADENCES),
    language: requireOneOf<ContactLanguage>(input.language ?? 'id', 'language', CONTACT_LANGUAGES),
    userSub: userSub === null ? null : requireText(userSub, 'userSub'),
    webhookUrl: webhookUrl === null ? null : requireWebhookUrl(webhookUrl),
  };
}

/** One person once per role and unit: the same e-mail twice there would send every step twice. */
function requireNotOnRecord(state: DirectoryState, details: ContactDetails, self: string | null): void {
  const email = details.email.toLowerCase();
  const twin = Object.values(state.contacts).find((c) => c.contactId !== self && c.role === details.role && c.unitId === details.unitId && c.email.toLowerCase() === email);
  if (twin) {
    throw conflict('ContactAlreadyOnRecord', `${details.email} is already on record as ${details.role}${details.unitId ? ` of unit ${details.unitId}` : ''} (contact ${twin.contactId})`);
  }
}

function requireContact(state: DirectoryState, home: DirectoryHome, contactId: string): StoredContact {
  const contact = state.contacts[contactId];
  if (!contact) throw notFound('ContactNotFound', `Contact ${contactId} is not on record for ${describe(home)}`);
  return contact;
}

const DETAIL_FIELDS: ReadonlyArray<keyof ContactDetails> = ['role', 'unitId', 'name', 'position', 'email', 'phone', 'channel', 'cadence', 'language', 'userSub', 'webhookUrl'];

function addContact(command: AddContact, state: DirectoryState, home: DirectoryHome): ContactEvent[] {
  const { contactId, ...input } = command.data;
  if (state.contacts[contactId] || state.removed.includes(contactId)) throw conflict('ContactIdTaken', `Contact id ${contactId} is already used in ${describe(home)}`);
  const details = contactDetails(home, input);
  requireNotOnRecord(state, details, null);
  return [{ type: 'ContactAdded', data: { ...homeOf(home, contactId), ...details } }];
}

function changeContact(command: ChangeContact, state: DirectoryState, home: DirectoryHome): ContactEvent[] {
  const { contactId, input, replace } = command.data;
  const current = requireContact(state, home, contactId);
  // Fields left out of a PATCH keep their value (a key present but undefined is left out too).
  const given: Partial<ContactInput> = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const merged = replace ? given : { ...current, ...given };
  const details = contactDetails(home, merged as ContactInput);
  requireNotOnRecord(state, details, contactId);
  const changes: Partial<ContactDetails> = {};
  for (const field of DETAIL_FIELDS) {
    if (details[field] !== current[field]) Object.assign(changes, { [field]: details[field] });
  }
  // Nothing differs: nothing to record (the answer repeats the directory's revision).
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'ContactChanged', data: { ...homeOf(home, contactId), changes } }];
}

function removeContact(command: RemoveContact, state: DirectoryState, home: DirectoryHome): ContactEvent[] {
  const { contactId } = command.data;
  requireContact(state, home, contactId);
  const reason = requireText(command.data.reason, 'reason', REASON_MAX);
  return [{ type: 'ContactRemoved', data: { ...homeOf(home, contactId), reason } }];
}

function homeOfCommand(command: DirectoryCommand): DirectoryHome {
  if (!command.context) throw new Error(`${command.type}: the handler must state whose directory this is`);
  return command.context;
}

export function decideDirectory(command: DirectoryCommand, state: DirectoryState): ContactEvent[] {
  const home = homeOfCommand(command);
  requireKeeper(command.actor, home);
  switch (command.type) {
    case 'AddContact':
      return addContact(command, state, home);
    case 'ChangeContact':
      return changeContact(command, state, home);
    case 'RemoveContact':
      return removeContact(command, state, home);
    default:
      return assertNever(command);
  }
}

export const directoryDecider: Decider<DirectoryState, DirectoryCommand, ContactEvent> = {
  initialState: initialDirectoryState,
  evolve: evolveDirectory,
  decide: decideDirectory,
  authorize: (command) => requireKeeper(command.actor, homeOfCommand(command)),
};
