import type { AllFilter, RecordedEvent } from '@app/event-store';
import type { ProjectionOp } from './projection-op';

/**
 * A read model's definition. `apply` is pure and write-only: it maps one event to Redis writes on
 * keys relative to the projection's namespace and never reads Redis. That is deliberate:
 * - the runner can apply a whole batch of events and its checkpoint in one atomic step (a read
 *   would need a round trip per event, and could not see the batch's own earlier writes);
 * - replaying into any namespace (a rebuild generation, an auditor's scratch copy) is the same
 *   code with a different key prefix.
 * Anything that looks like a join is done at query time instead (e.g. SINTER of index sets).
 * Because the ops depend only on the event, every runner computes the same ops for the same
 * event; the runner's checkpoint compare-and-set makes sure they are applied exactly once.
 */
export interface Projection {
  /** Lowercase letters, digits and '-'; part of every key, so never renamed lightly. */
  readonly name: string;
  /** Bump when `apply` changes what it writes: runners then rebuild the read model by themselves. */
  readonly version: number;
  /** Only matching events reach `apply` (and count towards lag). */
  readonly filter: AllFilter;
  apply(event: RecordedEvent): ProjectionOp[];
}

const NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** Names become key segments and SCAN patterns: no ':' and no glob characters. */
export function assertProjectionDefinition(projection: Projection): void {
  if (!NAME.test(projection.name)) {
    throw new Error(`Projection name "${projection.name}" must match ${NAME.source} (it becomes part of Redis keys)`);
  }
  if (!Number.isSafeInteger(projection.version) || projection.version < 1) {
    throw new Error(`Projection ${projection.name}: version must be an integer >= 1, got ${projection.version}`);
  }
}
