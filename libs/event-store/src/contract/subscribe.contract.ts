import { describe, expect } from '@jest/globals';
import type { RecordedEvent } from '../envelope';
import { newEvent, newEvents, takeWithin, uniqueCategory, within } from './contract-fixtures';
import { DELIVERY_TIMEOUT_MS, test, type StoreUnderTest } from './contract-context';

const where = (events: RecordedEvent[]): string[] => events.map((e) => `${e.stream}@${e.revision}`);

export function subscribeContract(store: StoreUnderTest): void {
  describe('subscribe', () => {
    test('catches up after fromPosition (exclusive), then follows live appends, filtered; close() ends it', async () => {
      const c = uniqueCategory('follow');
      const noise = uniqueCategory('noise');
      const first = await store().append(`${c}-1`, newEvents(1), 'no_stream');
      await store().append(`${c}-1`, newEvents(2), 0);
      const subscription = store().subscribe({ fromPosition: first.position, filter: { streamPrefixes: [`${c}-`] } });
      const events = subscription[Symbol.asyncIterator]();
      try {
        expect(where(await takeWithin(events, 2, DELIVERY_TIMEOUT_MS))).toEqual([`${c}-1@1`, `${c}-1@2`]);

        await store().append(`${noise}-1`, newEvents(1), 'no_stream');
        await store().append(`${c}-2`, newEvents(1), 'no_stream');
        expect(where(await takeWithin(events, 1, DELIVERY_TIMEOUT_MS))).toEqual([`${c}-2@0`]);

        const pending = events.next();
        await subscription.close();
        expect((await within(pending, DELIVERY_TIMEOUT_MS, 'the pending next() to end')).done).toBe(true);
        expect((await within(events.next(), DELIVERY_TIMEOUT_MS, 'next() after close')).done).toBe(true);
      } finally {
        await subscription.close();
      }
    });

    test('from the head, delivers only what is appended afterwards', async () => {
      const c = uniqueCategory('fromhead');
      await store().append(`${c}-1`, newEvents(2), 'no_stream');
      const subscription = store().subscribe({ fromPosition: await store().headPosition(), filter: { streamPrefixes: [`${c}-`] } });
      try {
        const events = subscription[Symbol.asyncIterator]();
        await store().append(`${c}-1`, newEvents(1), 1);
        expect(where(await takeWithin(events, 1, DELIVERY_TIMEOUT_MS))).toEqual([`${c}-1@2`]);
      } finally {
        await subscription.close();
      }
    });

    test('without fromPosition starts at the beginning of the log; honours an event-type filter', async () => {
      const c = uniqueCategory('typed');
      await store().append(`${c}-1`, [newEvent('ContractWanted'), newEvent('ContractUnwanted')], 'no_stream');
      const subscription = store().subscribe({ filter: { streamPrefixes: [`${c}-`], eventTypes: ['ContractWanted'] } });
      try {
        const events = subscription[Symbol.asyncIterator]();
        expect(where(await takeWithin(events, 1, DELIVERY_TIMEOUT_MS))).toEqual([`${c}-1@0`]);
        await store().append(`${c}-1`, [newEvent('ContractUnwanted'), newEvent('ContractWanted')], 1);
        expect(where(await takeWithin(events, 1, DELIVERY_TIMEOUT_MS))).toEqual([`${c}-1@3`]);
      } finally {
        await subscription.close();
      }
    });

    test('breaking out of for-await closes the subscription', async () => {
      const c = uniqueCategory('brk');
      await store().append(`${c}-1`, newEvents(3), 'no_stream');
      const subscription = store().subscribe({ filter: { streamPrefixes: [`${c}-`] } });
      try {
        const seen: RecordedEvent[] = [];
        for await (const event of subscription) {
          seen.push(event);
          break;
        }
        expect(where(seen)).toEqual([`${c}-1@0`]);
        const after = await within(subscription[Symbol.asyncIterator]().next(), DELIVERY_TIMEOUT_MS, 'the closed subscription to end');
        expect(after.done).toBe(true);
      } finally {
        await subscription.close();
      }
    });
  });
}
