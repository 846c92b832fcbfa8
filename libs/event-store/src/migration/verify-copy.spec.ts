import { compareCounts } from './verify-copy';
import type { LogSummary } from './log-summary';

function summary(counts: Array<[string, number]>): LogSummary {
  return { events: counts.reduce((sum, [, n]) => sum + n, 0), streams: new Map(counts), breaks: [], digest: '' };
}

describe('compareCounts', () => {
  it('names every stream whose count differs, including streams only one side holds', () => {
    expect(compareCounts(summary([['a-1', 2], ['b-1', 1]]), summary([['a-1', 1], ['c-1', 1]]))).toEqual([
      '3 events in the source, 2 in the target',
      'stream a-1: 2 events in the source, 1 in the target',
      'stream b-1: 1 event in the source, 0 in the target',
      'stream c-1: 0 events in the source, 1 in the target',
    ]);
  });

  it('says nothing when every stream agrees', () => {
    expect(compareCounts(summary([['a-1', 2]]), summary([['a-1', 2]]))).toEqual([]);
  });

  it('lists twenty streams and counts the rest, so a wholesale mismatch stays readable', () => {
    const streams = Array.from({ length: 30 }, (_, i): [string, number] => [`s-${i}`, 1]);
    const problems = compareCounts(summary(streams), summary([]));
    expect(problems).toHaveLength(22);
    expect(problems[0]).toBe('30 events in the source, 0 in the target');
    expect(problems[20]).toBe('stream s-19: 1 event in the source, 0 in the target');
    expect(problems[21]).toBe('… and 10 more streams whose counts differ');
  });
});
