import { Actor, BusinessDate, DateFloor, DomainCommand, businessDate, conflict, invalid, notFound, requireLiaisonOf, requireOmbudsmanAuthority } from '@app/kernel';
import type { Recommendation, RecommendationState } from './recommendation.state';

/** The recommendation a command acts on; 404 before it was issued. */
export function issued(state: RecommendationState): Recommendation {
  if (!state) throw notFound('RecommendationNotFound', 'No recommendation with this id has been issued');
  return state;
}

/** Provider-side acts: that provider's liaison (or an admin), on an open recommendation. */
export function asLiaison(actor: Actor, state: RecommendationState, action: string): Recommendation {
  const rec = issued(state);
  requireLiaisonOf(actor, rec, action);
  return stillOpen(rec, action);
}

/** Ombudsman-side acts: an officer covering the province (or an admin), on an open recommendation. */
export function asOfficer(actor: Actor, state: RecommendationState, action: string): Recommendation {
  const rec = issued(state);
  requireOmbudsmanAuthority(actor, rec, action);
  return stillOpen(rec, action);
}

export function stillOpen(rec: Recommendation, action: string): Recommendation {
  if (!rec.open) {
    const how = rec.closure ? ` on ${rec.closure.closedOn} (${rec.closure.kind}: ${rec.closure.reason})` : '';
    throw conflict('RecommendationClosed', `${action}: recommendation ${rec.recommendationId} was closed${how}; nothing more can be recorded`);
  }
  return rec;
}

/**
 * An act's business date: the one given (a follow-up received by letter in 2023) or today in the
 * provider's zone; never in the future there, never before the recommendation was issued nor
 * before the further subjects named (the follow-up it verifies, the request it decides, …).
 */
export function actDate(command: DomainCommand, rec: Recommendation, field: string, given: string | undefined, ...floors: DateFloor[]): BusinessDate {
  return businessDate(given, { field, zone: rec.deadline.timeZone, now: command.now, notBefore: [{ date: rec.issuedOn, name: 'issuedOn' }, ...floors] });
}

/** Trimmed required text; 422 naming the request field when empty. */
export function required(value: string | undefined, field: string, code: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw invalid(code, `${field} must not be empty`, [{ field, message: 'empty', allowed: 'non-empty text' }]);
  return text;
}

export const optional = (value: string | undefined): string => (typeof value === 'string' ? value.trim() : '');
