import { readFileSync } from 'node:fs';
import { EscalationLadder, loadEscalationLadder } from './deadline-ladder';

/** When the deadline workers act: reminders before the due instant, the escalation ladder after it. */
export interface DeadlinePolicy {
  /** Whole days (24 h) before the due instant, largest first; empty when reminders are off. */
  reminderDaysBefore: readonly number[];
  ladder: EscalationLadder;
}

/** Nest token of the DeadlinePolicy in force. */
export const DEADLINE_POLICY = Symbol('DeadlinePolicy');

export const DEFAULT_REMINDER_DAYS_BEFORE: readonly number[] = [7, 1];

/** A setting that cannot be used; the message names the variable and what it accepts. */
export class DeadlinePolicyError extends Error {
  override name = 'DeadlinePolicyError';
}

type Env = Record<string, string | undefined>;

/**
 * REMINDER_DAYS_BEFORE: comma-separated whole days, e.g. `7,1` (the default), or `none`.
 * Each must be 1–365 and given once.
 */
export function parseReminderDays(value: string | undefined): number[] {
  const text = value?.trim();
  if (!text) return [...DEFAULT_REMINDER_DAYS_BEFORE];
  if (text.toLowerCase() === 'none') return [];
  const parts = text.split(',').map((p) => p.trim());
  const bad = parts.filter((p) => !/^\d+$/.test(p) || Number(p) < 1 || Number(p) > 365);
  if (bad.length > 0) {
    throw new DeadlinePolicyError(
      `REMINDER_DAYS_BEFORE=${text}: ${bad.map((b) => JSON.stringify(b)).join(', ')} is not a whole number of days from 1 to 365; expected e.g. 7,1 or none`,
    );
  }
  const days = parts.map(Number);
  if (new Set(days).size !== days.length) throw new DeadlinePolicyError(`REMINDER_DAYS_BEFORE=${text}: a day count is given twice`);
  return days.sort((a, b) => b - a);
}

/**
 * Reminder days from REMINDER_DAYS_BEFORE and the escalation ladder from ESCALATION_LADDER_FILE
 * (or the bundled escalation-ladder.json). Runs at startup, so a bad setting stops the process.
 */
export function loadDeadlinePolicy(env: Env = process.env, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): DeadlinePolicy {
  return { reminderDaysBefore: parseReminderDays(env.REMINDER_DAYS_BEFORE), ladder: loadEscalationLadder(env, read) };
}
