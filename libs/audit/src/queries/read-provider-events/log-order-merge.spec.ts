import type { IndexedEvent } from '../../read-models/provider-events.keys';
import { mergeInLogOrder, revisionRanges } from './log-order-merge';

const at = (stream: string, revision: number, position: number): IndexedEvent => ({ stream, revision, position: BigInt(position) });

describe('merging a provider’s streams into log order', () => {
  const entity = [at('entity-64.01', 0, 1), at('entity-64.01', 1, 5), at('entity-64.01', 2, 9)];
  const mou = [at('mou-x', 0, 3), at('mou-x', 1, 4)];
  const rec = [at('recommendation-y', 0, 7), at('recommendation-y', 1, 20)];

  it('orders events of all streams by position and says whether more follow', () => {
    const { page, more } = mergeInLogOrder([entity, mou, rec], 4);
    expect(page.map((e) => Number(e.position))).toEqual([1, 3, 4, 5]);
    expect(more).toBe(true);
    expect(mergeInLogOrder([entity, mou, rec], 7)).toEqual({ page: expect.any(Array), more: false });
    expect(mergeInLogOrder([], 10)).toEqual({ page: [], more: false });
  });

  it('compares positions as bigints, not as text or doubles', () => {
    const big = [at('a', 0, 0), at('b', 0, 0)];
    big[0].position = 9_007_199_254_740_993n;
    big[1].position = 10n;
    expect(mergeInLogOrder([[big[0]], [big[1]]], 2).page.map((e) => e.stream)).toEqual(['b', 'a']);
  });

  it('reads each stream of a page as one run of revisions', () => {
    const { page } = mergeInLogOrder([entity, mou, rec], 6);
    expect(revisionRanges(page)).toEqual([
      { stream: 'entity-64.01', fromRevision: 0, count: 3 },
      { stream: 'mou-x', fromRevision: 0, count: 2 },
      { stream: 'recommendation-y', fromRevision: 0, count: 1 },
    ]);
  });
});
