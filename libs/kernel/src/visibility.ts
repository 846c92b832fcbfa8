import { Actor, Jurisdiction, canRead, seesEverything } from './actor';
import { DomainError, forbidden, notFound } from './domain-errors';

/**
 * Refusals must not reveal what exists outside one's scope. The chosen answer: 403 `OutsideScope`
 * with the same wording for a record outside the caller's scope and for one that does not exist
 * where the caller could not tell it apart. Only where nothing is hidden from the caller (the record
 * would be theirs to see, or they see everything) does "does not exist" become a 404.
 */

/** The one refusal for "outside your scope" and "not there, as far as you may know". */
export function unseen(what: string): DomainError {
  return forbidden('OutsideScope', `${what} does not exist or is outside your scope`);
}

export interface SeenRecord {
  /** Whether the record exists (now: the scope of a record does not depend on `asOf`). */
  exists: boolean;
  /** Its jurisdiction when it exists, or when its id alone tells (a provider code); else undefined. */
  where?: Jurisdiction;
}

/**
 * Lets a reader see a record, or refuses alike for foreign and unknown ones.
 * `what` names the record as the caller asked for it ("Provider 64.01"), never more.
 */
export function requireVisible(actor: Actor, record: SeenRecord, what: string, notFoundCode: string): void {
  const mayKnow = record.where ? canRead(actor, record.where) : seesEverything(actor);
  if (!mayKnow) throw unseen(what);
  if (!record.exists) throw notFound(notFoundCode, `${what} does not exist`);
}

/**
 * For `Decider.authorize` on an aggregate that does not exist: nothing to check for callers who
 * see everything (decide answers 404), the same refusal as a foreign record for everyone else.
 */
export function requireKnowable(actor: Actor, what: string): void {
  if (!seesEverything(actor)) throw unseen(what);
}

/**
 * `Decider.authorize` for an aggregate with a jurisdiction: a caller who may not see it is refused
 * like one asking for an aggregate that does not exist. Commands that create the aggregate
 * (`creates`) are checked by decide against the jurisdiction they name.
 */
export function authorizeOn(actor: Actor, where: Jurisdiction | null, what: string, creates: boolean): void {
  if (where) {
    if (!canRead(actor, where)) throw unseen(what);
    return;
  }
  if (!creates) requireKnowable(actor, what);
}
