import { withinDeadline } from '../clock/within-deadline';
import { SHARED_COMMAND_TIMEOUT_MS } from './redis-client-options';
import { RedisUnreachable } from './redis-unreachable';

/** How long an HTTP answer may wait on a Redis call that cannot fail fast by itself: as long as any shared-client command. */
export const REDIS_ANSWER_DEADLINE_MS = SHARED_COMMAND_TIMEOUT_MS;

/**
 * BullMQ's connection must wait for Redis rather than fail (a blip would otherwise burn deadline
 * jobs' attempts), so reads through it can hang while Redis is gone. An HTTP answer does not
 * wait with them: past the deadline it becomes RedisUnreachable (503 ReadModelUnavailable).
 */
export function withinRedisDeadline<T>(work: Promise<T>, deadlineMs = REDIS_ANSWER_DEADLINE_MS): Promise<T> {
  return withinDeadline(work, deadlineMs, () => new RedisUnreachable(`no answer within ${deadlineMs} ms`));
}
