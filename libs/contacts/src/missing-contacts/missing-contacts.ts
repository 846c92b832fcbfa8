import { CENTRAL_OFFICE, CONTACT_ROLES, type Contact, type ContactRole } from '../directory/contact-directory.port';

/** A provider (or a province office) with open follow-up items, as the missing-contacts list needs it. */
export interface OpenWork {
  entityCode: string;
  entityName: string | null;
  /** Null for ministries and agencies: they have no province office. */
  provinceCode: string | null;
  /** Units named by the provider's open items. */
  unitIds: ReadonlySet<string>;
  openItems: number;
}

/** One role to fill: on a provider (unitId for a unit head) or on an Ombudsman office (entityCode null; provinceCode `00` for the central office). */
export interface MissingContact {
  entityCode: string | null;
  entityName: string | null;
  provinceCode: string | null;
  role: ContactRole;
  unitId: string | null;
  /** Open recommendations and obligations waiting on it: of the unit, the provider or the province. */
  openItems: number;
}

const PROVIDER_WIDE_ROLES = ['liaison', 'regional_secretary', 'head_of_region'] as const satisfies readonly ContactRole[];
const OFFICE_ROLES = ['ombudsman_officer', 'ombudsman_leadership'] as const satisfies readonly ContactRole[];

/**
 * The roles routing will look for and find nobody in: for each provider with open items its
 * liaison, Sekda and head of region (provider-wide) and the head of every unit named by an open
 * item; for each province with such providers its Ombudsman officer in charge and leadership
 * (unless `withOffices` is false: liaisons do not see the offices), and, with `withCentralOffice`,
 * the same two roles of the central office (`00`) when ministries or agencies have open items,
 * since routing sends their steps there. A role is filled when a contact is on record in it, for
 * a unit head in that very unit.
 */
export function missingContacts(
  work: readonly OpenWork[],
  providerContacts: ReadonlyMap<string, readonly Contact[]>,
  officeContacts: ReadonlyMap<string, readonly Contact[]>,
  withOffices: boolean,
  withCentralOffice = false,
): MissingContact[] {
  const missing: MissingContact[] = [];
  const provinces = new Map<string, number>();
  for (const provider of work) {
    const contacts = providerContacts.get(provider.entityCode) ?? [];
    const has = (role: ContactRole, unitId: string | null) => contacts.some((c) => c.role === role && c.unitId === unitId);
    const row = (role: ContactRole, unitId: string | null, openItems: number): MissingContact => ({ entityCode: provider.entityCode, entityName: provider.entityName, provinceCode: provider.provinceCode, role, unitId, openItems });
    for (const role of PROVIDER_WIDE_ROLES) if (!has(role, null)) missing.push(row(role, null, provider.openItems));
    for (const unitId of [...provider.unitIds].sort()) if (!has('unit_head', unitId)) missing.push(row('unit_head', unitId, provider.openItems));
    const office = provider.provinceCode ?? CENTRAL_OFFICE;
    if (office !== CENTRAL_OFFICE || withCentralOffice) provinces.set(office, (provinces.get(office) ?? 0) + provider.openItems);
  }
  if (withOffices) {
    for (const [provinceCode, openItems] of provinces) {
      const contacts = officeContacts.get(provinceCode) ?? [];
      for (const role of OFFICE_ROLES) if (!contacts.some((c) => c.role === role)) missing.push({ entityCode: null, entityName: null, provinceCode, role, unitId: null, openItems });
    }
  }
  return missing.sort((a, b) => compareKeys(sortKey(a), sortKey(b)));
}

/**
 * Where a row sorts, and the cursor of a page: the province office before its providers
 * (`64` < `64.01`), then by role in the port's order (liaison, unit heads, Sekda, head of region), then by unit.
 */
export function sortKey(row: Pick<MissingContact, 'entityCode' | 'provinceCode' | 'role' | 'unitId'>): string {
  const holder = row.entityCode ?? `${row.provinceCode ?? ''}`;
  const side = row.entityCode === null ? '0' : '1';
  return `${holder}\u0000${side}\u0000${CONTACT_ROLES.indexOf(row.role)}\u0000${row.unitId ?? ''}`;
}

export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
