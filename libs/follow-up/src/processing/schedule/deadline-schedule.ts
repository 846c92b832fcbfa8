import { DeadlineStep, stepKey } from '../../deadlines/deadline-commands.port';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy';
import { REMINDER_STALE_AFTER_MS, ladderStart } from '../../deadlines/deadline-steps';

const DAY_MS = 86_400_000;

export interface ScheduledStep {
  step: DeadlineStep;
  /** stepKey(step): `reminder-7d`, `overdue`, `escalation-2`. */
  key: string;
  /** The instant the step falls due. */
  at: Date;
}

/**
 * Every step of one deadline version, in time order: a reminder `d` days before the due
 * instant for each reminder day, the overdue mark at it, escalation level L `afterDays` of
 * rung L after it. The deciders hold the same rules; this only says when to ask them.
 * A version recorded late (`ladderFrom`) has only its ladder, measured from when it was
 * recorded: its overdue mark came with it and its reminders were never due (late-records).
 */
export function deadlineSchedule(deadline: { version: number; dueAt: string; ladderFrom?: string }, policy: DeadlinePolicy): ScheduledStep[] {
  const dueAt = Date.parse(deadline.dueAt);
  if (Number.isNaN(dueAt)) throw new Error(`deadline v${deadline.version} has no valid dueAt: ${deadline.dueAt}`);
  const late = deadline.ladderFrom !== undefined;
  const from = ladderStart(deadline);
  const steps: Array<{ step: DeadlineStep; at: number }> = [
    ...(late ? [] : policy.reminderDaysBefore.map((daysBefore) => ({ step: { type: 'reminder', daysBefore } as DeadlineStep, at: dueAt - daysBefore * DAY_MS }))),
    ...(late ? [] : [{ step: { type: 'overdue' } as DeadlineStep, at: dueAt }]),
    ...policy.ladder.map((rung) => ({ step: { type: 'escalation', level: rung.level } as DeadlineStep, at: from + rung.afterDays * DAY_MS })),
  ];
  return steps.sort((a, b) => a.at - b.at).map(({ step, at }) => ({ step, key: stepKey(step), at: new Date(at) }));
}

/** The keys of every step a deadline version can have under `policy`. */
export function stepKeysOf(policy: DeadlinePolicy): string[] {
  return deadlineSchedule({ version: 1, dueAt: new Date(0).toISOString() }, policy).map((s) => s.key);
}

const REMINDER = /^reminder-([1-9]\d*)d$/;
const ESCALATION = /^escalation-([1-9]\d*)$/;

/** The step a key names, or null for anything else (a key from a future release, a typo). */
export function parseStepKey(key: string): DeadlineStep | null {
  if (key === 'overdue') return { type: 'overdue' };
  const reminder = REMINDER.exec(key);
  if (reminder) return { type: 'reminder', daysBefore: Number(reminder[1]) };
  const escalation = ESCALATION.exec(key);
  if (escalation) return { type: 'escalation', level: Number(escalation[1]) };
  return null;
}

/**
 * A reminder whose due instant has passed, or that is more than a day past its own instant,
 * tells nobody anything (the decider records none): not worth a job. `at` is the reminder's own instant.
 */
export function isPointless(step: DeadlineStep, at: number, now: number): boolean {
  return step.type === 'reminder' && (now >= at + step.daysBefore * DAY_MS || now > at + REMINDER_STALE_AFTER_MS);
}

/**
 * The steps escalation `level` needs recorded first (the overdue mark, then every lower rung).
 * Jobs of one deadline may run in any order; a job that finds its predecessors missing runs them.
 */
export function priorSteps(step: DeadlineStep): DeadlineStep[] {
  if (step.type !== 'escalation') return [];
  return [{ type: 'overdue' }, ...Array.from({ length: step.level - 1 }, (_, i): DeadlineStep => ({ type: 'escalation', level: i + 1 }))];
}
