/**
 * Read-side code found Redis unreachable before asking it (the client is reconnecting): the
 * HTTP layer answers 503 ReadModelUnavailable, like for the client's own errors below.
 */
export class RedisUnreachable extends Error {
  override name = 'RedisUnreachable';

  constructor(status: string) {
    super(`Redis is unreachable (client ${status})`);
  }
}

/** What the ioredis client rejects commands with when the server is gone or does not answer in time. */
const CLIENT_MESSAGES = new Set([
  'Command timed out',
  'Connection is closed.',
  "Stream isn't writeable and enableOfflineQueue options is false",
]);

/**
 * True for errors that mean "Redis cannot be reached right now" (retrying later may work), as
 * opposed to a bad command or a script error, which stay 500s.
 */
export function isRedisUnreachable(error: unknown): boolean {
  if (error instanceof RedisUnreachable) return true;
  if (!(error instanceof Error)) return false;
  return error.name === 'MaxRetriesPerRequestError' || CLIENT_MESSAGES.has(error.message);
}
