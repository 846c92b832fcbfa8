import type { Decider, DomainEvent } from '@app/kernel';
import type { DeadlineStepCommand } from './deadline-steps';

/** A subject's decider as the deadline workers use it: only its deadline-step commands, its state opaque. */
export type DeadlineStepDecider = Decider<unknown, DeadlineStepCommand, DomainEvent>;

/**
 * Narrows a subject's decider to its deadline steps. Its state type cannot be named here (each
 * subject has its own), and nothing but the decider itself ever looks at that state.
 */
export const stepDecider = <S, E extends DomainEvent>(decider: Decider<S, DeadlineStepCommand, E>): DeadlineStepDecider => decider as unknown as DeadlineStepDecider;
