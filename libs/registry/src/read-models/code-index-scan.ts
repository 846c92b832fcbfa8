import type Redis from 'ioredis';

/** Up to `n` more codes from a scan; fewer only when it has ended. */
export async function takeCodes(scan: AsyncIterator<string>, n: number): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < n) {
    const next = await scan.next();
    if (next.done) break;
    codes.push(next.value);
  }
  return codes;
}

/**
 * The codes of several code-ordered indexes (members all scored alike) strictly after `after`,
 * merged in byte order without duplicates, `chunk` per round trip. Each round reads the first
 * `chunk` codes after the cursor from every index: the first `chunk` of their union are then
 * exactly the union's next `chunk`, whatever the indexes hold.
 */
export async function* scanCodeIndexes(redis: Redis, keys: readonly string[], after: string | undefined, chunk = 200): AsyncGenerator<string> {
  let cursor = after;
  for (;;) {
    const pipeline = redis.pipeline();
    for (const key of keys) pipeline.zrangebylex(key, cursor === undefined ? '-' : `(${cursor}`, '+', 'LIMIT', 0, chunk);
    const replies = (await pipeline.exec()) ?? [];
    const lists = replies.map(([error, members]) => {
      if (error) throw error;
      return members as string[];
    });
    const union = [...new Set(lists.flat())].sort(byteOrder);
    // Every index is exhausted: the union is all that is left.
    if (lists.every((list) => list.length < chunk)) return yield* union;
    const next = union.slice(0, chunk);
    yield* next;
    cursor = next[next.length - 1];
  }
}

/** Codes are ASCII, so UTF-16 order is Redis's byte order. */
const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
