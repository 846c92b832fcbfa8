import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the revision the writer expected. → HTTP 409, or 412 with If-Match. */
export class ConcurrencyError extends Error {
  override name = 'ConcurrencyError';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/**
 * An answer, not a fault: every command that creates a record reads its stream first and gets
 * this, so it carries no stack trace (capturing one cost more than the read itself).
 */
export class StreamNotFound extends Error {
  override name = 'StreamNotFound';
  constructor(readonly stream: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(`Stream ${stream} does not exist`);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

/** The store cannot be reached or cannot write now; nothing was written. → HTTP 503. */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
  }
}

/**
 * An event id in the batch is already stored, but the batch is not an exact repeat of an
 * earlier append to this stream: two different writes derived the same ids (e.g. one
 * Idempotency-Key reused for another resource). Nothing was written; retrying cannot help.
 */
export class DuplicateEventId extends Error {
  override name = 'DuplicateEventId';
  constructor(
    readonly stream: string,
    readonly eventId: string,
    /** Where the id is already stored. */
    readonly storedIn: string,
  ) {
    super(`append to ${stream}: event id ${eventId} is already stored in ${storedIn}; two writes must not share event ids`);
  }
}
