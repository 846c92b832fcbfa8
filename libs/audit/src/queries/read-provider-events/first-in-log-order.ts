import type { IndexedEvent } from '../../read-models/provider-events.keys';
import { mergeInLogOrder, type MergedPage } from './log-order-merge';

/** One range read: up to `count` of `stream`'s indexed events with positions strictly after `after`. */
export interface RangeRead {
  stream: string;
  after: bigint;
  count: number;
}

/** Answers a batch of range reads (one round trip), each in position order. */
export type RangeReader = (reads: RangeRead[]) => Promise<IndexedEvent[][]>;

/** What the first round asks of each stream: most of a provider's streams are short. */
export const FIRST_CHUNK = 8;

/**
 * The first `limit` events after `after` across `streams`, in log order, reading little more
 * than the page. Fetching `limit + 1` from every stream would cost streams × limit entries;
 * instead each round reads a small chunk from every stream that might still hold an event
 * before the page's current end (the (limit+1)-th smallest position fetched so far), doubling
 * that stream's chunk each time. A stream stops once it is exhausted or its last fetched event
 * lies at or past that end, so its unread events cannot belong to the page. Entries read are
 * at most about 2·(limit+1) + FIRST_CHUNK·streams, in O(log limit) rounds.
 */
export async function firstInLogOrder(streams: readonly string[], after: bigint, limit: number, read: RangeReader): Promise<MergedPage> {
  const need = limit + 1;
  const fetched = new Map<string, IndexedEvent[]>(streams.map((stream) => [stream, []]));
  const chunk = new Map<string, number>(streams.map((stream) => [stream, Math.min(FIRST_CHUNK, need)]));
  let pending = [...streams];
  while (pending.length > 0) {
    const reads = pending.map((stream) => ({ stream, after: lastOf(fetched.get(stream) ?? [], after), count: chunk.get(stream) ?? need }));
    const replies = await read(reads);
    const exhausted = new Set<string>();
    reads.forEach(({ stream, count }, i) => {
      const got = replies[i] ?? [];
      fetched.get(stream)?.push(...got);
      if (got.length < count) exhausted.add(stream);
      chunk.set(stream, Math.min(count * 2, need));
    });
    const end = pageEnd([...fetched.values()], need);
    pending = pending.filter((stream) => !exhausted.has(stream) && (end === undefined || lastOf(fetched.get(stream) ?? [], after) < end));
  }
  return mergeInLogOrder([...fetched.values()], limit);
}

const lastOf = (events: IndexedEvent[], after: bigint): bigint => (events.length > 0 ? events[events.length - 1].position : after);

/** The `need`-th smallest position fetched so far; undefined while fewer have been fetched. */
function pageEnd(perStream: IndexedEvent[][], need: number): bigint | undefined {
  const positions = perStream.flatMap((events) => events.map((e) => e.position)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return positions.length >= need ? positions[need - 1] : undefined;
}
