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

export class StreamNotFound extends Error {
  override name = 'StreamNotFound';
  constructor(readonly stream: string) {
    super(`Stream ${stream} does not exist`);
  }
}

/** The store cannot be reached or cannot write now; nothing was written. → HTTP 503. */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
  }
}
