import { forbidden } from './domain-errors';

export const ROLES = ['officer', 'liaison', 'auditor', 'admin'] as const;
/** The roles a person can hold (token claims). */
export type Role = (typeof ROLES)[number];
/** Who can act: a person in a role, or the system itself (deadline workers), never from a token. */
export type ActorRole = Role | 'system';

/**
 * Who issues a command, as carried by a verified token.
 * - officer: `provinces` lists the two-digit Kemendagri province codes they work on, or ['*'].
 * - liaison: `entityCode` is the one provider they act for (its units included).
 * - auditor: reads everything, writes nothing.
 * - admin: operates the system (projections, calendars, registry).
 */
export interface Actor {
  id: string;
  role: ActorRole;
  name?: string;
  provinces?: string[];
  entityCode?: string;
}

/** What an aggregate tells the access rules about itself. */
export interface Jurisdiction {
  entityCode: string;
  /** Two-digit province code; null for national bodies (kementerian, lembaga). */
  provinceCode: string | null;
}

/**
 * The province repeated on an event that moves an item in or out of a queue (a closure, a new
 * deadline), so that a read model can file the item by province from the event alone:
 * projections only write and never look up. Absent on events recorded before it was added;
 * their readers must then try every province.
 */
export interface ProvinceTag {
  provinceCode?: Jurisdiction['provinceCode'];
}

export const ALL_PROVINCES = '*';

export function officerCovers(actor: Actor, where: Jurisdiction): boolean {
  const provinces = actor.provinces ?? [];
  if (provinces.includes(ALL_PROVINCES)) return true;
  return where.provinceCode !== null && provinces.includes(where.provinceCode);
}

/** Readers from whom nothing is hidden: for them an unknown id is simply not found. */
export function seesEverything(actor: Actor): boolean {
  switch (actor.role) {
    case 'admin':
    case 'auditor':
    case 'system':
      return true;
    case 'officer':
      return (actor.provinces ?? []).includes(ALL_PROVINCES);
    case 'liaison':
      return false;
  }
}

/** May this actor read what belongs to `where`? */
export function canRead(actor: Actor, where: Jurisdiction): boolean {
  if (seesEverything(actor)) return true;
  if (actor.role === 'officer') return officerCovers(actor, where);
  return actor.role === 'liaison' && actor.entityCode === where.entityCode;
}

/**
 * Ombudsman-side decisions (agreements, assessments, recommendations): officers within
 * their provinces, and admins. Throws a 403-kind DomainError otherwise.
 */
export function requireOmbudsmanAuthority(actor: Actor, where: Jurisdiction, action: string): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'officer' && officerCovers(actor, where)) return;
  if (actor.role === 'officer') {
    throw forbidden(
      'OutsideScope',
      `${action}: provider ${where.entityCode} (province ${where.provinceCode ?? 'national'}) is outside your provinces [${(actor.provinces ?? []).join(', ')}]`,
    );
  }
  throw forbidden('RoleNotAllowed', `${action}: role ${actor.role} may not do this; officer or admin required`);
}

/** Provider-side actions (closing action items, submitting follow-ups): that provider's liaison. */
export function requireLiaisonOf(actor: Actor, where: Jurisdiction, action: string): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'liaison' && actor.entityCode === where.entityCode) return;
  if (actor.role === 'liaison') {
    throw forbidden('OutsideScope', `${action}: you act for ${actor.entityCode ?? 'no provider'}, not ${where.entityCode}`);
  }
  throw forbidden('RoleNotAllowed', `${action}: role ${actor.role} may not do this; the provider's liaison is required`);
}

/** The deadline workers' own commands (reminders, overdue marks, escalation). */
export const SYSTEM_ACTOR: Actor = { id: 'system:deadlines', role: 'system' };

export function requireSystem(actor: Actor, action: string): void {
  if (actor.role !== 'system' && actor.role !== 'admin') {
    throw forbidden('RoleNotAllowed', `${action}: only the deadline workers (or an admin) record this`);
  }
}

export function requireAdmin(actor: Actor, action: string): void {
  if (actor.role !== 'admin') throw forbidden('RoleNotAllowed', `${action}: admin role required`);
}
