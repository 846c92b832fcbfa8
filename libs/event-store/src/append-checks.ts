import type { AppendResult, ExpectedRevision } from './event-store.port';
import type { NewEvent } from './envelope';
import { ConcurrencyError, DuplicateEventId } from './errors';

/** Where an event id was already stored. */
export interface StoredId {
  stream: string;
  revision: bigint;
  position: bigint;
}

/** Programming errors in the batch itself: never worth a retry. */
export function assertValidBatch(stream: string, events: NewEvent[], expected: ExpectedRevision): void {
  if (stream.length === 0) throw new Error('append: stream name must not be empty');
  if (events.length === 0) throw new Error(`append to ${stream}: at least one event is required`);
  const ids = new Set(events.map((event) => event.id));
  if (ids.size !== events.length) throw new Error(`append to ${stream}: event ids must be unique within a batch`);
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new Error(`append to ${stream}: expected revision must be a non-negative integer, 'no_stream' or 'stream_exists', got ${expected}`);
  }
}

/**
 * A retried command carries the same deterministic ids. If the whole batch is already stored,
 * consecutively, in this stream, returns the original result; if none of it is, undefined.
 * Anything in between means two different writes produced the same ids: DuplicateEventId.
 */
export function repeatedAppend(stream: string, events: NewEvent[], found: Array<StoredId | undefined>): AppendResult | undefined {
  if (found.every((hit) => hit === undefined)) return undefined;
  const first = found[0];
  const isExactRepeat =
    first !== undefined &&
    found.every((hit, i) => hit !== undefined && hit.stream === stream && hit.revision === first.revision + BigInt(i));
  if (!isExactRepeat) {
    const clash = events.map((event, i) => ({ id: event.id, hit: found[i] })).find(({ hit }) => hit !== undefined);
    throw new DuplicateEventId(stream, clash?.id ?? '', clash?.hit?.stream ?? stream);
  }
  const last = found[found.length - 1] as StoredId;
  return { nextRevision: Number(last.revision), position: last.position };
}

export function assertExpected(stream: string, expected: ExpectedRevision, actual: number | 'no_stream'): void {
  const holds =
    expected === 'no_stream' ? actual === 'no_stream' : expected === 'stream_exists' ? actual !== 'no_stream' : actual === expected;
  if (!holds) throw new ConcurrencyError(stream, expected, actual);
}
