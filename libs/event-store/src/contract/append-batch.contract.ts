import { describe, expect } from '@jest/globals';
import { appendBatch } from '../append-batch';
import type { StreamAppend } from '../event-store.port';
import { ConcurrencyError, DuplicateEventId, StreamNotFound } from '../errors';
import { verifyChain } from '../hash-chain';
import { collect, isStrictlyIncreasing, newEvent, newEvents, takeWithin, uniqueCategory } from './contract-fixtures';
import { DELIVERY_TIMEOUT_MS, rejectionOf, test, type StoreUnderTest } from './contract-context';

/**
 * appendBatch on every adapter. A store with `appendAtomically` (one transaction) must write a
 * refused batch not at all; a store without it writes the appends before the refused one, each
 * whole, and nothing from it on. Every other rule holds for both exactly as for single appends.
 */
export function appendBatchContract(store: StoreUnderTest): void {
  describe('appendBatch', () => {
    const streamsOf = (label: string, count: number): string[] => {
      const category = uniqueCategory(label);
      return Array.from({ length: count }, (_, i) => `${category}-${i + 1}`);
    };
    const streamOrNothing = (stream: string) =>
      store()
        .readStream(stream)
        .catch((error: unknown) => {
          if (error instanceof StreamNotFound) return [];
          throw error;
        });

    test('writes every append in the order given: results per append, positions increasing in that order, chains continued', async () => {
      const [a, b, c] = streamsOf('batch', 3);
      await store().append(a, newEvents(1), 'no_stream');
      const appends: StreamAppend[] = [
        { stream: a, events: newEvents(2), expected: 0 },
        { stream: b, events: newEvents(1), expected: 'no_stream' },
        // The same stream twice in one batch: the second append sees the first.
        { stream: a, events: newEvents(1), expected: 2 },
        { stream: c, events: newEvents(3), expected: 'no_stream' },
      ];
      const results = await appendBatch(store(), appends);

      expect(results.map((r) => r.nextRevision)).toEqual([2, 0, 3, 2]);
      expect(isStrictlyIncreasing(results.map((r) => r.position))).toBe(true);
      const log = await collect(store().readAll({ filter: { streamPrefixes: [a.slice(0, -1)] } }));
      expect(log.map((e) => e.id)).toEqual([...(await store().readStream(a)).slice(0, 1), ...appends.flatMap((x) => x.events)].map((e) => e.id));
      expect(isStrictlyIncreasing(log.map((e) => e.position))).toBe(true);
      for (const [i, append] of appends.entries()) {
        const last = log.find((e) => e.id === append.events[append.events.length - 1].id);
        expect(last?.position).toBe(results[i].position);
      }
      for (const stream of [a, b, c]) expect(verifyChain(stream, await store().readStream(stream))).toMatchObject({ ok: true });
      expect((await store().readStream(a)).map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    });

    test('a wrong expected revision is refused naming its stream; atomic stores write none of the batch, others the appends before it', async () => {
      const [a, b, c] = streamsOf('batchconflict', 3);
      await store().append(b, newEvents(2), 'no_stream');
      const error = await rejectionOf(
        appendBatch(store(), [
          { stream: a, events: newEvents(1), expected: 'no_stream' },
          { stream: b, events: newEvents(1), expected: 0 },
          { stream: c, events: newEvents(1), expected: 'no_stream' },
        ]),
      );
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ stream: b, expected: 0, actual: 1 });
      expect(await streamOrNothing(a)).toHaveLength(store().appendAtomically ? 0 : 1);
      expect(await store().readStream(b)).toHaveLength(2);
      expect(await streamOrNothing(c)).toEqual([]);
    });

    test('an event id stored in another stream, or repeated in another append of the batch, is refused (DuplicateEventId)', async () => {
      const [owner, a, b] = streamsOf('batchdup', 3);
      const stored = newEvent('ContractOwned');
      await store().append(owner, [stored], 'no_stream');
      const reused = await rejectionOf(
        appendBatch(store(), [
          { stream: a, events: newEvents(1), expected: 'no_stream' },
          { stream: b, events: [newEvent('ContractFresh'), { ...stored, data: { other: true } }], expected: 'no_stream' },
        ]),
      );
      expect(reused).toBeInstanceOf(DuplicateEventId);
      expect(reused).toMatchObject({ stream: b, eventId: stored.id, storedIn: owner });
      expect(await streamOrNothing(b)).toEqual([]);
      expect(await streamOrNothing(a)).toHaveLength(store().appendAtomically ? 0 : 1);

      const [c, d] = streamsOf('batchdup', 2);
      const twice = newEvent('ContractTwice');
      const within = await rejectionOf(
        appendBatch(store(), [
          { stream: c, events: [twice], expected: 'no_stream' },
          { stream: d, events: [twice], expected: 'no_stream' },
        ]),
      );
      expect(within).toMatchObject({ name: 'DuplicateEventId', stream: d, eventId: twice.id, storedIn: c });
      expect(await streamOrNothing(d)).toEqual([]);
    });

    test('repeating a batch returns the original results and writes nothing; an empty batch writes nothing', async () => {
      const [a, b] = streamsOf('batchrepeat', 2);
      const appends: StreamAppend[] = [
        { stream: a, events: newEvents(2), expected: 'no_stream' },
        { stream: b, events: newEvents(1), expected: 'no_stream' },
      ];
      const first = await appendBatch(store(), appends);
      const head = await store().headPosition();
      expect(await appendBatch(store(), appends)).toEqual(first);
      expect(await appendBatch(store(), [])).toEqual([]);
      expect(await store().headPosition()).toBe(head);
      expect(await store().readStream(a)).toHaveLength(2);
    });

    test('refuses a malformed append before writing any of the batch', async () => {
      const [a, b] = streamsOf('batchbad', 2);
      const error = await rejectionOf(
        appendBatch(store(), [
          { stream: a, events: newEvents(1), expected: 'no_stream' },
          { stream: b, events: [], expected: 'no_stream' },
        ]),
      );
      expect(String(error)).toMatch(/at least one event/);
      expect(await streamOrNothing(a)).toEqual([]);
    });

    test('a subscriber sees every event of a batch once, in log order, then what follows', async () => {
      const [a, b] = streamsOf('batchlive', 2);
      const subscription = store().subscribe({ fromPosition: await store().headPosition(), filter: { streamPrefixes: [a.slice(0, -1)] } });
      try {
        const events = subscription[Symbol.asyncIterator]();
        const batch: StreamAppend[] = [
          { stream: a, events: newEvents(2), expected: 'no_stream' },
          { stream: b, events: newEvents(1), expected: 'no_stream' },
          { stream: a, events: newEvents(1), expected: 1 },
        ];
        await appendBatch(store(), batch);
        const after = newEvent('ContractAfterBatch');
        await store().append(b, [after], 0);
        const seen = await takeWithin(events, 5, DELIVERY_TIMEOUT_MS);
        expect(seen.map((e) => e.id)).toEqual([...batch.flatMap((x) => x.events), after].map((e) => e.id));
        expect(isStrictlyIncreasing(seen.map((e) => e.position))).toBe(true);
      } finally {
        await subscription.close();
      }
    });
  });
}
