import { RedisUnreachable } from './redis-unreachable';

/** How long an HTTP answer may wait on a Redis call that cannot fail fast by itself (as the shared client's command timeout). */
export const REDIS_ANSWER_DEADLINE_MS = 750;

/**
 * BullMQ's connection must wait for Redis rather than fail (a blip would otherwise burn deadline
 * jobs' attempts), so reads through it can hang while Redis is gone. An HTTP answer does not
 * wait with them: past the deadline it becomes RedisUnreachable (503 ReadModelUnavailable), and the
 * call is left to settle on its own.
 */
export async function withinRedisDeadline<T>(work: Promise<T>, deadlineMs = REDIS_ANSWER_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnreachable(`no answer within ${deadlineMs} ms`)), deadlineMs);
    timer.unref();
  });
  // A late rejection of the abandoned call must not become an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
