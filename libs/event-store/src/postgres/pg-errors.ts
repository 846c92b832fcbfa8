import { ConcurrencyError, DuplicateEventId, StoreUnavailable, StreamNotFound } from '../errors';

/**
 * SQLSTATE classes and codes meaning "the server cannot serve us now": connection exceptions
 * (08), insufficient resources (53), operator intervention (57: shutdown, crash recovery),
 * system errors (58), and a database that does not exist (3D000, e.g. not created yet).
 */
const UNAVAILABLE_CLASSES = ['08', '53', '57', '58'];
const UNAVAILABLE_CODES = ['3D000'];
/** Node's socket errors when the server is down, unreachable or drops the connection. */
const SOCKET_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN'];
/** node-postgres reports a lost or ended connection or pool with plain Errors. */
const CLIENT_MESSAGES = [/Connection terminated/i, /Cannot use a pool after calling end/i, /Client was closed/i, /timeout exceeded when trying to connect/i, /not queryable/i];

/**
 * Duck-typed, not instanceof: socket errors are created in Node's own realm, which is not the
 * one a test sandbox sees. A host with several addresses fails with an AggregateError of them.
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    if (SOCKET_CODES.includes(code) || UNAVAILABLE_CODES.includes(code)) return true;
    if (code.length === 5 && UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return true;
  }
  if (Array.isArray(errors) && errors.some(isUnavailable)) return true;
  return typeof message === 'string' && CLIENT_MESSAGES.some((pattern) => pattern.test(message));
}

/** The port's error for `error`, or `error` itself when it is not the store's to explain. */
export function toPortError(action: string, error: unknown): unknown {
  if (error instanceof ConcurrencyError || error instanceof StreamNotFound || error instanceof StoreUnavailable || error instanceof DuplicateEventId) return error;
  if (isUnavailable(error)) {
    const { message, code } = error as { message?: string; code?: string };
    const reason = message || code || 'connection failed';
    return new StoreUnavailable(`PostgreSQL event store cannot ${action}: ${reason}`, error);
  }
  return error;
}

/** Runs `work`, turning "cannot read/write now" failures into StoreUnavailable; others pass through. */
export async function guard<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toPortError(action, error);
  }
}
