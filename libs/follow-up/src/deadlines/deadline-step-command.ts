import type { Actor } from '@app/kernel';
import type { DeadlineStep } from './deadline-commands.port';
import type { EscalationLadder } from './deadline-ladder';
import type { DeadlineStepCommand } from './deadline-steps';

/** The domain command for a worker's step, for any aggregate that keeps a DeadlineTrack. */
export function deadlineStepCommand(step: DeadlineStep, deadlineVersion: number, actor: Actor, now: Date, ladder: EscalationLadder): DeadlineStepCommand {
  switch (step.type) {
    case 'reminder':
      return { type: 'SendDeadlineReminder', data: { deadlineVersion, daysBefore: step.daysBefore }, actor, now };
    case 'overdue':
      return { type: 'MarkDeadlineOverdue', data: { deadlineVersion }, actor, now };
    case 'escalation':
      return { type: 'EscalateDeadline', data: { deadlineVersion, level: step.level }, actor, now, context: { ladder } };
  }
}
