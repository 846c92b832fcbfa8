import type { RedisClient } from '@app/platform/redis';
import { byteOrder, pipelined, type RedisCommand } from '@app/platform/read-query';

/**
 * The codes of several code-ordered indexes (members all scored alike) strictly after `after`,
 * merged in byte order without duplicates, `chunk` per round trip. Each round reads the first
 * `chunk` codes after the cursor from every index: the first `chunk` of their union are then
 * exactly the union's next `chunk`, whatever the indexes hold.
 */
export async function* scanCodeIndexes(redis: RedisClient, keys: readonly string[], after: string | undefined, chunk = 200): AsyncGenerator<string> {
  let cursor = after;
  for (;;) {
    const from = cursor === undefined ? '-' : `(${cursor}`;
    const lists = (await pipelined(redis, keys.map((key): RedisCommand => ['zrangebylex', key, from, '+', 'LIMIT', 0, chunk]))) as string[][];
    const union = [...new Set(lists.flat())].sort(byteOrder);
    // Every index is exhausted: the union is all that is left.
    if (lists.every((list) => list.length < chunk)) return yield* union;
    const next = union.slice(0, chunk);
    yield* next;
    cursor = next[next.length - 1];
  }
}
