/**
 * Rules of this API keep what they accept as their first constraint, so a validation problem
 * can say it (`allowed`) without knowing each rule. A function is asked when the problem is
 * written (a range that moves with the clock).
 */
export interface AllowedConstraint {
  allowed: unknown;
}

export const allowedConstraint = (allowed: unknown): AllowedConstraint => ({ allowed });

export function allowedOf(constraint: unknown): unknown {
  if (typeof constraint !== 'object' || constraint === null || !('allowed' in constraint)) return undefined;
  const { allowed } = constraint as AllowedConstraint;
  return typeof allowed === 'function' ? (allowed as () => unknown)() : allowed;
}
