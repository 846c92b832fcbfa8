import type { RedisClient } from '../redis/redis-client';

/** A sorted-set entry; sets order them by (score, member), members compared byte-wise. */
export interface ZEntry {
  member: string;
  score: number;
}

/** Inclusive score bounds. */
export interface ScoreRange {
  min: number;
  max: number;
}

export const EVERYTHING: ScoreRange = { min: -Infinity, max: Infinity };

/** Members are ASCII (stream names, codes), so string order is Redis's byte order. */
export const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const compareEntries = (a: ZEntry, b: ZEntry): number => a.score - b.score || byteOrder(a.member, b.member);

const bound = (n: number): string => (n === Infinity ? '+inf' : n === -Infinity ? '-inf' : String(n));

function pairs(flat: string[]): ZEntry[] {
  const out: ZEntry[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ member: flat[i], score: Number(flat[i + 1]) });
  return out;
}

/**
 * The entries of `key` within `range` strictly after `after`, in order, `chunk` per round
 * trip. Resuming from an entry (not an offset) is what keeps pages stable while others write:
 * the remaining members tied at the cursor's score are read by score, the rest after it.
 */
export async function* scanZset(redis: RedisClient, key: string, range: ScoreRange, after?: ZEntry, chunk = 200): AsyncGenerator<ZEntry> {
  let cursor = after && after.score >= range.min ? after : undefined;
  if (cursor && cursor.score > range.max) return;
  for (;;) {
    const pipeline = redis.pipeline();
    if (cursor) {
      pipeline.zrangebyscore(key, cursor.score, cursor.score);
      pipeline.zrangebyscore(key, `(${cursor.score}`, bound(range.max), 'WITHSCORES', 'LIMIT', 0, chunk);
    } else {
      pipeline.zrangebyscore(key, bound(range.min), bound(range.max), 'WITHSCORES', 'LIMIT', 0, chunk);
    }
    const replies = (await pipeline.exec()) ?? [];
    for (const [error] of replies) if (error) throw error;
    const from = cursor;
    const ties = from ? (replies[0][1] as string[]).filter((member) => member > from.member).map((member) => ({ member, score: from.score })) : [];
    const later = pairs(replies[replies.length - 1][1] as string[]);
    yield* ties;
    yield* later;
    if (later.length < chunk) return;
    cursor = later[later.length - 1];
  }
}

/** Several ordered scans as one (an officer's provinces): a k-way merge by (score, member). */
export async function* mergeScans(scans: Array<AsyncGenerator<ZEntry>>): AsyncGenerator<ZEntry> {
  if (scans.length === 1) return yield* scans[0];
  const heads = await Promise.all(scans.map((scan) => scan.next()));
  for (;;) {
    let best = -1;
    heads.forEach((head, i) => {
      if (!head.done && (best < 0 || compareEntries(head.value, heads[best].value as ZEntry) < 0)) best = i;
    });
    if (best < 0) return;
    const entry = heads[best].value as ZEntry;
    heads[best] = await scans[best].next();
    // One member may sit in two scanned sets only if the sets overlap; never yield it twice.
    if (heads.some((head) => !head.done && head.value.member === entry.member && head.value.score === entry.score)) continue;
    yield entry;
  }
}

/** Up to `n` entries from a scan (those `keep` accepts); `done` once the scan has ended. */
export async function take<T>(scan: AsyncIterator<T>, n: number, keep: (entry: T) => boolean = () => true): Promise<{ entries: T[]; done: boolean }> {
  const entries: T[] = [];
  while (entries.length < n) {
    const next = await scan.next();
    if (next.done) return { entries, done: true };
    if (keep(next.value)) entries.push(next.value);
  }
  return { entries, done: false };
}
