import { Actor, Jurisdiction, forbidden, officerCovers } from '@app/kernel';

/**
 * Who may add documents to a provider's file: its liaison, an officer covering its province
 * (officers record follow-ups received by letter), and admins. Auditors only read.
 */
export function requireEvidenceWriter(actor: Actor, where: Jurisdiction, action: string): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'liaison' && actor.entityCode === where.entityCode) return;
  if (actor.role === 'officer' && officerCovers(actor, where)) return;
  if (actor.role === 'liaison' || actor.role === 'officer') {
    throw forbidden('OutsideScope', `${action}: provider ${where.entityCode} (province ${where.provinceCode ?? 'national'}) is outside your scope`);
  }
  throw forbidden('RoleNotAllowed', `${action}: role ${actor.role} may not do this; the provider's liaison, an officer covering it, or an admin`);
}
