import { DAY_BASES, DayBasis } from '../deadlines/due-rules';
import type { ObligationPolicy } from './domain/obligation-schedule';

/** Nest token of the ObligationPolicy in force. */
export const OBLIGATION_POLICY = Symbol('ObligationPolicy');

export const DEFAULT_OBLIGATION_POLICY: ObligationPolicy = { graceDays: 10, graceBasis: 'calendar', openEndedPeriods: 4 };

/** A setting that cannot be used; the message names the variable and what it accepts. */
export class ObligationPolicyError extends Error {
  override name = 'ObligationPolicyError';
}

type Env = Record<string, string | undefined>;

function wholeNumber(env: Env, name: string, min: number, max: number, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new ObligationPolicyError(`${name}=${text} is not a whole number from ${min} to ${max}`);
  }
  return Number(text);
}

/**
 * OBLIGATION_GRACE_DAYS (default 10): days after a reporting period ends until its report is due;
 * OBLIGATION_GRACE_BASIS (calendar | working, default calendar): how those days are counted;
 * OBLIGATION_OPEN_ENDED_PERIODS (default 4): periods scheduled ahead for a PKS without validUntil.
 */
export function loadObligationPolicy(env: Env = process.env): ObligationPolicy {
  const basis = env.OBLIGATION_GRACE_BASIS?.trim() || DEFAULT_OBLIGATION_POLICY.graceBasis;
  if (!DAY_BASES.includes(basis as DayBasis)) {
    throw new ObligationPolicyError(`OBLIGATION_GRACE_BASIS=${basis} must be ${DAY_BASES.join(' or ')}`);
  }
  return {
    graceDays: wholeNumber(env, 'OBLIGATION_GRACE_DAYS', 0, 365, DEFAULT_OBLIGATION_POLICY.graceDays),
    graceBasis: basis as DayBasis,
    openEndedPeriods: wholeNumber(env, 'OBLIGATION_OPEN_ENDED_PERIODS', 1, 60, DEFAULT_OBLIGATION_POLICY.openEndedPeriods),
  };
}

export const obligationPolicyProvider = { provide: OBLIGATION_POLICY, useFactory: (): ObligationPolicy => loadObligationPolicy() };
