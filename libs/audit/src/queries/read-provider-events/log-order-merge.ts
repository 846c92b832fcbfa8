import type { IndexedEvent } from '../../read-models/provider-events.keys';

export interface MergedPage {
  /** At most `limit` events, in log order. */
  page: IndexedEvent[];
  /** True when at least one more event follows the page. */
  more: boolean;
}

/**
 * The first `limit` events of several streams in log order. Each list must hold that stream's
 * first `limit + 1` events after the cursor (fewer when it has no more): then the merged first
 * `limit + 1` are exact, and the extra one only says whether another page follows.
 */
export function mergeInLogOrder(perStream: readonly IndexedEvent[][], limit: number): MergedPage {
  const all = perStream.flat().sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  return { page: all.slice(0, limit), more: all.length > limit };
}

/**
 * The page's events grouped by stream as revision ranges. Within one stream a page holds a run
 * of consecutive revisions (its events after the cursor, up to the page's end), so each stream
 * costs one read of exactly the events shown.
 */
export function revisionRanges(page: readonly IndexedEvent[]): Array<{ stream: string; fromRevision: number; count: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  for (const { stream, revision } of page) {
    const range = ranges.get(stream);
    if (!range) ranges.set(stream, { from: revision, to: revision });
    else {
      range.from = Math.min(range.from, revision);
      range.to = Math.max(range.to, revision);
    }
  }
  return [...ranges].map(([stream, { from, to }]) => ({ stream, fromRevision: from, count: to - from + 1 }));
}
