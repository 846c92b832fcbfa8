import type { IndexedEvent } from '../../read-models/provider-events.keys';
import { FIRST_CHUNK, firstInLogOrder, type RangeRead } from './first-in-log-order';

/** Sorted sets in memory, counting what each read hands out. */
function index(streams: Record<string, number[]>) {
  const stats = { entries: 0, rounds: 0 };
  const read = async (reads: RangeRead[]): Promise<IndexedEvent[][]> => {
    stats.rounds += 1;
    return reads.map(({ stream, after, count }) => {
      const got = (streams[stream] ?? [])
        .map((position, revision) => ({ stream, revision, position: BigInt(position) }))
        .filter((e) => e.position > after)
        .slice(0, count);
      stats.entries += got.length;
      return got;
    });
  };
  return { read, stats };
}

/** A reference: every event of every stream, sorted. */
const everything = (streams: Record<string, number[]>, after: number) =>
  Object.entries(streams)
    .flatMap(([stream, positions]) => positions.map((position) => ({ stream, position })))
    .filter((e) => e.position > after)
    .sort((a, b) => a.position - b.position)
    .map((e) => `${e.stream}@${e.position}`);

describe('the first events of many streams in log order', () => {
  it('matches a full merge for any cursor and page size', async () => {
    // Interleaved streams of very different lengths, including one that dominates the log.
    const streams: Record<string, number[]> = { entity: [], mou: [3, 4, 90], pks: [6, 50, 52, 54], empty: [] };
    for (let p = 1; p <= 400; p += 2) streams.entity.push(p === 3 ? 2 : p);
    for (let r = 0; r < 30; r++) streams[`rec-${r}`] = [1000 + r * 3, 1001 + r * 3 + 60];
    for (const after of [0, 5, 51, 399, 1050, 5000]) {
      for (const limit of [1, 2, 7, 50, 500]) {
        const { read } = index(streams);
        const { page, more } = await firstInLogOrder(Object.keys(streams), BigInt(after), limit, read);
        const expected = everything(streams, after);
        expect(page.map((e) => `${e.stream}@${e.position}`)).toEqual(expected.slice(0, limit));
        expect(more).toBe(expected.length > limit);
      }
    }
  });

  it('reads about the page, not streams × page', async () => {
    const streams: Record<string, number[]> = {};
    for (let s = 0; s < 200; s++) streams[`recommendation-${s}`] = Array.from({ length: 40 }, (_, i) => 1 + i * 200 + s);
    const { read, stats } = index(streams);
    const { page } = await firstInLogOrder(Object.keys(streams), 0n, 500, read);
    expect(page).toHaveLength(500);
    // 200 streams × 501 would be 100,200 entries.
    expect(stats.entries).toBeLessThanOrEqual(2 * 501 + FIRST_CHUNK * 200);
    expect(stats.rounds).toBeLessThanOrEqual(8);
  });

  it('follows one long stream by doubling its chunk', async () => {
    const { read, stats } = index({ entity: Array.from({ length: 5000 }, (_, i) => i + 1), mou: [10_000] });
    const { page, more } = await firstInLogOrder(['entity', 'mou'], 0n, 500, read);
    expect(page.map((e) => Number(e.position))).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(more).toBe(true);
    expect(stats.entries).toBeLessThanOrEqual(2 * 501 + 2 * FIRST_CHUNK);
  });
});
