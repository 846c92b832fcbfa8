/** What has a deadline: a recommendation or a periodic obligation from a PKS. */
export interface DeadlineSubject {
  kind: 'recommendation' | 'obligation';
  id: string;
}

export type DeadlineStep =
  | { type: 'reminder'; daysBefore: number }
  | { type: 'overdue' }
  | { type: 'escalation'; level: number };

/**
 * - recorded: the step's event was appended now.
 * - unchanged: nothing to do (already recorded, closed, or the deadline moved: a stale job).
 * - not_due: too early; the caller should try again at the step's instant.
 */
export type DeadlineStepOutcome = 'recorded' | 'unchanged' | 'not_due';

/** One step of one deadline version of one subject. */
export interface DeadlineStepOrder {
  subject: DeadlineSubject;
  deadlineVersion: number;
  step: DeadlineStep;
}

/** The only way the deadline workers change anything: a command with an expected revision. */
export interface DeadlineCommands {
  run(subject: DeadlineSubject, deadlineVersion: number, step: DeadlineStep): Promise<DeadlineStepOutcome>;
  /**
   * Many steps at once (a burst due at one instant), each with the same guarantees as `run` and
   * recorded in one commit; each answers its outcome or the fault that stopped it alone.
   */
  runMany(steps: DeadlineStepOrder[]): Promise<Array<DeadlineStepOutcome | Error>>;
}

export const DEADLINE_COMMANDS = Symbol('DeadlineCommands');

/** The stable step key used in command ids and BullMQ job ids. */
export function stepKey(step: DeadlineStep): string {
  switch (step.type) {
    case 'reminder':
      return `reminder-${step.daysBefore}d`;
    case 'overdue':
      return 'overdue';
    case 'escalation':
      return `escalation-${step.level}`;
  }
}
