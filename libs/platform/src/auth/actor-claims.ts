import { ALL_PROVINCES, ROLES, type Actor, type Role } from '@app/kernel';
import { SINGLE_LINE, textProblem } from '../http/text-rules';

/** The claims this service reads from a token; anything else in it is ignored. */
export interface ActorClaims {
  sub?: unknown;
  name?: unknown;
  preferred_username?: unknown;
  role?: unknown;
  /** Keycloak puts realm roles here. */
  realm_access?: unknown;
  provinces?: unknown;
  entity?: unknown;
}

export type ClaimName = 'sub' | 'name' | 'role' | 'provinces' | 'entity' | 'exp';

/** A claim is missing or unusable. `allowed` says what would have been accepted. */
export class InvalidClaim extends Error {
  override name = 'InvalidClaim';
  constructor(
    readonly claim: ClaimName,
    message: string,
    readonly allowed?: readonly string[],
  ) {
    super(message);
  }
}

const PROVINCE_CODE = /^\d{2}$/;

/** Turns verified claims into an Actor, refusing tokens that do not say who and where. */
export function actorFromClaims(claims: ActorClaims): Actor {
  const id = nonEmpty(claims.sub);
  if (!id) throw new InvalidClaim('sub', 'token has no "sub" claim');
  plainClaim('sub', id);
  const role = roleOf(claims);
  const actor: Actor = { id, role };
  const name = nonEmpty(claims.name) ?? nonEmpty(claims.preferred_username);
  if (name) actor.name = plainClaim('name', name);
  if (role === 'officer') actor.provinces = provincesOf(claims.provinces);
  if (role === 'liaison') actor.entityCode = entityOf(claims.entity);
  return actor;
}

function roleOf(claims: ActorClaims): Role {
  if (claims.role !== undefined) {
    if (isRole(claims.role)) return claims.role;
    throw new InvalidClaim('role', `"role" claim ${JSON.stringify(claims.role)} is not a known role`, ROLES);
  }
  const realmRoles = realmRolesOf(claims.realm_access).filter(isRole);
  if (realmRoles.length === 1) return realmRoles[0];
  if (realmRoles.length > 1) {
    // Picking one silently would make access depend on claim order; the IdP must say which.
    throw new InvalidClaim('role', `token grants several roles (${realmRoles.join(', ')}); exactly one is expected`, ROLES);
  }
  throw new InvalidClaim('role', 'token has no "role" claim (nor one in realm_access.roles)', ROLES);
}

function realmRolesOf(realmAccess: unknown): unknown[] {
  if (typeof realmAccess !== 'object' || realmAccess === null) return [];
  const roles = (realmAccess as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles : [];
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

const PROVINCES_ALLOWED = ['two-digit province codes, e.g. 63', ALL_PROVINCES];

function provincesOf(value: unknown): string[] {
  // IdP claim mappers emit a single value as a plain string; accept "63,64" and "63 64" too.
  const raw = typeof value === 'string' ? value.split(/[\s,]+/) : value;
  if (!Array.isArray(raw)) {
    throw new InvalidClaim('provinces', 'an officer token needs a "provinces" claim', PROVINCES_ALLOWED);
  }
  const codes = [...new Set(raw.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== ''))];
  if (codes.length === 0) {
    throw new InvalidClaim('provinces', 'an officer token needs at least one province in "provinces"', PROVINCES_ALLOWED);
  }
  if (codes.includes(ALL_PROVINCES)) {
    if (codes.length === 1) return [ALL_PROVINCES];
    throw new InvalidClaim('provinces', `"${ALL_PROVINCES}" must stand alone in "provinces"`, PROVINCES_ALLOWED);
  }
  const bad = codes.filter((p) => typeof p !== 'string' || !PROVINCE_CODE.test(p));
  if (bad.length > 0) {
    throw new InvalidClaim('provinces', `"provinces" holds invalid codes: ${bad.map((p) => JSON.stringify(p)).join(', ')}`, PROVINCES_ALLOWED);
  }
  return codes as string[];
}

function entityOf(value: unknown): string {
  const code = nonEmpty(value);
  if (!code) throw new InvalidClaim('entity', 'a liaison token needs an "entity" claim naming its provider code, e.g. 64.01');
  return plainClaim('entity', code);
}

/** Claims copied into every event's metadata: short enough to store, one line of well-formed text. */
export const CLAIM_MAX_LENGTH = 200;
const CLAIM_ALLOWED = [`1 to ${CLAIM_MAX_LENGTH} characters of single-line text, without control characters`];

function plainClaim(claim: 'sub' | 'name' | 'entity', value: string): string {
  if (value.length > CLAIM_MAX_LENGTH) throw new InvalidClaim(claim, `"${claim}" claim is longer than ${CLAIM_MAX_LENGTH} characters`, CLAIM_ALLOWED);
  const problem = textProblem(value, SINGLE_LINE);
  if (problem) throw new InvalidClaim(claim, `"${claim}" claim ${problem}`, CLAIM_ALLOWED);
  return value;
}

function nonEmpty(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
