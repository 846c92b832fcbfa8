import { Actor, Jurisdiction, requireVisible } from '@app/kernel';
import { CODE_PATTERNS, PEMDA_KINDS, jurisdictionOf } from './entity-codes';
import type { EntityState } from './entity.events';

/**
 * The jurisdiction a provider code names, registered or not: a Kemendagri code carries its
 * province (first two digits); anything else would be a national body. So an officer asking
 * about an unregistered code in another province is refused exactly as for a registered one.
 */
export function jurisdictionOfCode(code: string): Jurisdiction {
  const pemda = PEMDA_KINDS.find((kind) => CODE_PATTERNS[kind].test(code));
  return pemda ? jurisdictionOf(code, pemda) : { entityCode: code, provinceCode: null };
}

/** 403 alike for foreign and unknown-foreign providers, 404 for an unregistered one the caller may know of. */
export function requireVisibleProvider(actor: Actor, code: string, state: EntityState): asserts state is Extract<EntityState, { status: 'registered' }> {
  requireVisible(actor, { exists: state.status === 'registered', where: jurisdictionOfCode(code) }, `Provider ${code}`, 'EntityNotFound');
}
