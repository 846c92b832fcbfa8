/**
 * An event as the domain sees it: a past-tense type and its data. `occurredAt` is its business
 * time when that is not the command's `now` (an act dated in the past, see `businessInstant`);
 * the store puts it in the envelope's `metadata.occurredAt`, and it never reaches `evolve`.
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  occurredAt?: Date;
}

/**
 * A command as the domain sees it. `actor` is who asks (scope is checked in `decide`),
 * `now` is the business time the command was issued at: deciders never read a clock.
 */
export interface DomainCommand<Type extends string = string, Data = unknown, Context = unknown> {
  type: Type;
  data: Data;
  actor: import('./actor').Actor;
  now: Date;
  /** Facts from other aggregates the handler loaded for this decision (e.g. the MoU's status). */
  context?: Context;
}

/** Emmett-style decider: pure, synchronous, throws a DomainError to refuse. */
export interface Decider<State, Command extends DomainCommand, Event extends DomainEvent> {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State) => Event[];
  /**
   * Whether the command's actor may act on this aggregate at all: throws a forbidden DomainError.
   * Asked before anything else about the command (a replayed Idempotency-Key, If-Match), so that
   * a caller outside the aggregate's scope learns nothing from those answers. `decide` still
   * applies the same rules; this only runs them first.
   */
  authorize?: (command: Command, state: State) => void;
}

export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** Exhaustiveness guard for `switch (command.type)`. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
