import { Decider, DomainCommand, DomainError, DomainEvent } from '@app/kernel';
import type { AggregateStore, CommandMeta } from '@app/platform/commands';
import type { DeadlineStepOutcome } from './deadline-commands.port';

/**
 * Runs a deadline-step command through the AggregateStore (appending with the revision it
 * read) and says what happened: recorded, unchanged (repeated command id, or the decider had
 * nothing to add: already recorded, stale, closed) or not_due (DeadlineStepNotDue).
 */
export async function runDeadlineStep<S, C extends DomainCommand, E extends DomainEvent>(
  aggregates: AggregateStore,
  input: { stream: string; id: string; decider: Decider<S, C, E>; command: C; meta: CommandMeta },
): Promise<DeadlineStepOutcome> {
  let decided = 0;
  const { decider } = input;
  // Counts what the last attempt decided: AggregateStore may decide again after a conflict.
  const counting: Decider<S, C, E> = {
    ...decider,
    decide: (command, state) => {
      const events = decider.decide(command, state);
      decided = events.length;
      return events;
    },
  };
  try {
    const result = await aggregates.execute({ ...input, decider: counting });
    return result.replayed || decided === 0 ? 'unchanged' : 'recorded';
  } catch (error) {
    if (error instanceof DomainError && error.code === 'DeadlineStepNotDue') return 'not_due';
    throw error;
  }
}
