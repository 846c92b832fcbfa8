/** A stream's state folded up to `revision` (its last event folded). */
export interface FoldedState<S> {
  state: S;
  revision: number;
}

/** How many streams each evolver keeps: a provider's stream is read by every command about it. */
export const DEFAULT_KEPT_STREAMS = 1_000;

/**
 * The states AggregateStore.current folded last, per evolver and stream, for the streams used
 * most recently. A kept state is only ever a prefix: the events appended after its revision are
 * still read from the store and folded onto it, so a caller sees exactly what a full fold would
 * give. Kept states are frozen, deeply: two callers share one, and an evolve or a caller that
 * mutated it would change what the other saw; frozen, such code fails at once instead.
 */
export class FoldedStates {
  private readonly byEvolver = new WeakMap<object, Map<string, FoldedState<unknown>>>();

  constructor(private readonly maxStreams = DEFAULT_KEPT_STREAMS) {}

  get<S>(evolver: object, stream: string): FoldedState<S> | undefined {
    const streams = this.byEvolver.get(evolver);
    const kept = streams?.get(stream);
    if (streams && kept) {
      // Most recently used last: a Map iterates in insertion order, so the first key is the one to drop.
      streams.delete(stream);
      streams.set(stream, kept);
    }
    return kept as FoldedState<S> | undefined;
  }

  /**
   * Freezes `folded.state` in place (its caller returns it too) and keeps it, unless a later
   * revision of the stream is kept already (a slower caller's older fold).
   */
  keep<S>(evolver: object, stream: string, folded: FoldedState<S>): void {
    deepFreeze(folded.state);
    let streams = this.byEvolver.get(evolver);
    if (!streams) this.byEvolver.set(evolver, (streams = new Map()));
    const kept = streams.get(stream);
    if (kept && kept.revision >= folded.revision) return;
    streams.delete(stream);
    streams.set(stream, { state: folded.state, revision: folded.revision });
    if (streams.size > this.maxStreams) streams.delete(streams.keys().next().value as string);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
