import { parse as parseUuid, v5 as uuidv5 } from 'uuid';

/**
 * Fixed namespace for this product's name-based UUIDs. Never change it: stored ids depend on it.
 * Parsed once: given as text, every id would parse it again (a third of the cost of an id).
 */
const NAMESPACE = parseUuid('6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f');

/** The i-th event of a command always gets the same id, in every store. */
export function eventIdFor(commandId: string, index: number): string {
  return uuidv5(`${commandId}/event/${index}`, NAMESPACE);
}

/** A stable id derived from any name, e.g. an aggregate id from a command id. */
export function nameBasedId(name: string): string {
  return uuidv5(name, NAMESPACE);
}
