import type { RecordedEvent } from '@app/event-store';
import { eventTest, unionFilter } from './log-filter';

const event = (type: string, stream: string) => ({ type, stream }) as RecordedEvent;

describe('eventTest', () => {
  it('lets everything through without a filter or with empty lists', () => {
    expect(eventTest(undefined)(event('A', 'x-1'))).toBe(true);
    expect(eventTest({ eventTypes: [], streamPrefixes: [] })(event('A', 'x-1'))).toBe(true);
  });

  it('requires each given list to match, as the store does', () => {
    const test = eventTest({ eventTypes: ['A', 'B'], streamPrefixes: ['mou-', 'pks-1'] });
    expect(test(event('A', 'mou-7'))).toBe(true);
    expect(test(event('B', 'pks-12'))).toBe(true);
    expect(test(event('C', 'mou-7'))).toBe(false);
    expect(test(event('A', 'entity-7'))).toBe(false);
    expect(test(event('A', 'pks-2'))).toBe(false);
  });
});

describe('unionFilter', () => {
  it('keeps a single reader its own filter, prefixes included', () => {
    const filter = { eventTypes: ['A'], streamPrefixes: ['mou-'] };
    expect(unionFilter([filter])).toBe(filter);
  });

  it('unites event types when every reader names its types', () => {
    expect(unionFilter([{ eventTypes: ['A', 'B'] }, { eventTypes: ['B', 'C'] }])).toEqual({ eventTypes: ['A', 'B', 'C'] });
  });

  it('reads the whole log when one reader needs it or filters by stream', () => {
    expect(unionFilter([{ eventTypes: ['A'] }, {}])).toBeUndefined();
    expect(unionFilter([{ eventTypes: ['A'] }, undefined])).toBeUndefined();
    expect(unionFilter([{ eventTypes: ['A'] }, { eventTypes: ['B'], streamPrefixes: ['mou-'] }])).toBeUndefined();
  });
});
