import {
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
} from '@eventstore/db-client';
import { ConcurrencyError, StoreUnavailable, StreamNotFound } from '../errors';

/** The node is down, unreachable, shutting down, not the leader or too slow: retrying later may work. */
function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Raw gRPC errors (e.g. from a stream's 'error') carry a numeric code; the client names them.
  const converted = convertToCommandError(error);
  return (
    converted instanceof UnavailableError ||
    converted instanceof DeadlineExceededError ||
    converted instanceof NotLeaderError ||
    converted instanceof CancelledError ||
    converted instanceof TimeoutError ||
    // Cluster discovery gives up with a plain Error.
    /^Failed to discover after \d+ attempts/.test(error.message)
  );
}

/** The port's error for `error`, or `error` itself when it is not the store's to explain. */
export function toPortError(action: string, error: unknown): unknown {
  if (error instanceof ConcurrencyError || error instanceof StreamNotFound || error instanceof StoreUnavailable) return error;
  if (isUnavailable(error)) return new StoreUnavailable(`EventStoreDB is unavailable to ${action}: ${(error as Error).message}`, error);
  return error;
}

export async function guard<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toPortError(action, error);
  }
}
