import { Actor, CalendarDate, DomainCommand, conflict, dateInZone, invalid, notFound, requireLiaisonOf, requireOmbudsmanAuthority } from '@app/kernel';
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

/** Acts are dated the day the command arrives, in the provider's time zone. */
export const today = (command: DomainCommand, rec: Recommendation): CalendarDate => dateInZone(command.now, rec.deadline.timeZone);

/** Trimmed required text; 422 naming the request field when empty. */
export function required(value: string | undefined, field: string, code: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw invalid(code, `${field} must not be empty`, [{ field, message: 'empty', allowed: 'non-empty text' }]);
  return text;
}

export const optional = (value: string | undefined): string => (typeof value === 'string' ? value.trim() : '');
