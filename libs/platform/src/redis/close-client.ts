import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import type { RedisClient } from './redis-client';

/** A QUIT gets this long for its reply by default; then the socket is simply closed. */
export const QUIT_WAIT_MS = 1_000;

/**
 * Closes a client in bounded time: QUIT when connected (pending replies arrive first), for at most
 * `quitWaitMs`; otherwise, or after that, stop reconnecting at once. With Redis gone a QUIT would
 * wait in the offline queue for ever.
 */
export async function closeClient(client: RedisClient, quitWaitMs = QUIT_WAIT_MS): Promise<void> {
  if (client.status === 'ready') {
    const ended = once(client, 'end').catch(() => undefined);
    const timeout = new AbortController();
    const quit = client.quit().then(
      () => ended,
      () => undefined,
    );
    await Promise.race([quit, delay(quitWaitMs, undefined, { signal: timeout.signal }).catch(() => undefined)]);
    timeout.abort();
  }
  if (client.status !== 'end') client.disconnect();
}
