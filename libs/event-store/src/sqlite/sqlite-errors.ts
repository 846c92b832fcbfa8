import { StoreUnavailable } from '../errors';

/** Primary result codes meaning "cannot read/write now"; extended codes share the prefix. */
const UNAVAILABLE_CODES = ['SQLITE_BUSY', 'SQLITE_IOERR', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_NOMEM', 'SQLITE_PROTOCOL'];

/**
 * Duck-typed, not instanceof: the native addon creates its errors in the realm that first
 * loaded it, which is not the one a test sandbox (or a second copy of the module) sees.
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.some((c) => code === c || code.startsWith(`${c}_`))) return true;
  // better-sqlite3 throws a plain TypeError for any use of a closed connection.
  return typeof message === 'string' && message.includes('database connection is not open');
}

/** Runs `work`, turning "cannot read/write now" failures into StoreUnavailable; others pass through. */
export function guard<T>(action: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isUnavailable(error)) {
      throw new StoreUnavailable(`Event store cannot ${action}: ${(error as Error).message}`, error);
    }
    throw error;
  }
}
