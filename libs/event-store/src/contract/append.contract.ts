import { describe, expect } from '@jest/globals';
import { ConcurrencyError, DuplicateEventId, StreamNotFound } from '../errors';
import { collect, isStrictlyIncreasing, newEvent, newEvents, uniqueCategory } from './contract-fixtures';
import { expectConcurrencyError, rejectionOf, test, type StoreUnderTest } from './contract-context';

export function appendContract(store: StoreUnderTest): void {
  const newStream = (label: string): string => `${uniqueCategory(label)}-1`;

  describe('append', () => {
    test('creates a stream with no_stream and returns the last revision and its position', async () => {
      const stream = newStream('create');
      const events = newEvents(3);
      const result = await store().append(stream, events, 'no_stream');
      expect(result.nextRevision).toBe(2);
      expect(typeof result.position).toBe('bigint');
      const read = await store().readStream(stream);
      expect(read.map((e) => [e.stream, e.revision, e.id, e.type, e.data])).toEqual(events.map((e, i) => [stream, i, e.id, e.type, e.data]));
      expect(isStrictlyIncreasing(read.map((e) => e.position))).toBe(true);
      expect(read[2].position).toBe(result.position);
    });

    test('appends at the exact revision, with revisions and positions increasing across appends', async () => {
      const stream = newStream('exact');
      const first = await store().append(stream, newEvents(1), 'no_stream');
      const second = await store().append(stream, newEvents(2), 0);
      const third = await store().append(stream, newEvents(1), 2);
      expect([first.nextRevision, second.nextRevision, third.nextRevision]).toEqual([0, 2, 3]);
      expect(isStrictlyIncreasing([first.position, second.position, third.position])).toBe(true);
      expect((await store().readStream(stream)).map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    });

    test('appends with stream_exists at whatever revision the stream is', async () => {
      const stream = newStream('exists');
      await store().append(stream, newEvents(2), 'no_stream');
      expect((await store().append(stream, newEvents(1), 'stream_exists')).nextRevision).toBe(2);
    });

    test('rejects no_stream when the stream exists, naming its revision, and writes nothing', async () => {
      const stream = newStream('nostream');
      await store().append(stream, newEvents(2), 'no_stream');
      await expectConcurrencyError(store().append(stream, newEvents(1), 'no_stream'), { stream, expected: 'no_stream', actual: 1 });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    test('rejects stream_exists and exact revisions on a stream that does not exist', async () => {
      const stream = newStream('missing');
      await expectConcurrencyError(store().append(stream, newEvents(1), 'stream_exists'), { stream, expected: 'stream_exists', actual: 'no_stream' });
      await expectConcurrencyError(store().append(stream, newEvents(1), 0), { stream, expected: 0, actual: 'no_stream' });
      expect(await rejectionOf(store().readStream(stream))).toBeInstanceOf(StreamNotFound);
    });

    test('rejects a stale or a future exact revision, naming the actual one, and writes nothing', async () => {
      const stream = newStream('stale');
      await store().append(stream, newEvents(2), 'no_stream');
      await expectConcurrencyError(store().append(stream, newEvents(1), 0), { stream, expected: 0, actual: 1 });
      await expectConcurrencyError(store().append(stream, newEvents(1), 5), { stream, expected: 5, actual: 1 });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    test('repeating an append with the same event ids returns the original result and writes nothing, whatever expected says', async () => {
      const stream = newStream('idempotent');
      const batch = newEvents(2);
      const later = [newEvent('ContractLaterThing')];
      const first = await store().append(stream, batch, 'no_stream');
      const second = await store().append(stream, later, 1);

      expect(await store().append(stream, batch, 'no_stream')).toEqual(first);
      expect(await store().append(stream, batch, 7)).toEqual(first);
      expect(await store().append(stream, later, 1)).toEqual(second);
      expect(await store().append(stream, later, 'stream_exists')).toEqual(second);

      const ids = [...batch, ...later].map((e) => e.id);
      expect((await store().readStream(stream)).map((e) => e.id)).toEqual(ids);
      expect((await collect(store().readAll({ filter: { streamPrefixes: [stream] } }))).map((e) => e.id)).toEqual(ids);
    });

    test('refuses an event id already stored in another stream, naming it, and writes nothing', async () => {
      const first = newStream('owner');
      const second = newStream('reuser');
      const stored = newEvent('ContractOwned');
      const original = await store().append(first, [stored], 'no_stream');
      // The same id under another stream: what a reused Idempotency-Key on another resource produces.
      const reused = { ...stored, data: { other: true } };

      const alone = await rejectionOf(store().append(second, [reused], 'no_stream'));
      expect(alone).toBeInstanceOf(DuplicateEventId);
      expect(alone).toMatchObject({ stream: second, eventId: stored.id, storedIn: first });
      const behindANewOne = await rejectionOf(store().append(second, [newEvent('ContractFresh'), reused], 'no_stream'));
      expect(behindANewOne).toMatchObject({ name: 'DuplicateEventId', eventId: stored.id, storedIn: first });

      expect(await rejectionOf(store().readStream(second))).toBeInstanceOf(StreamNotFound);
      expect(await collect(store().readAll({ filter: { streamPrefixes: [second] } }))).toEqual([]);
      // The owner's own retry is still a repeat.
      expect(await store().append(first, [stored], 'no_stream')).toEqual(original);
    });

    test('appends made at the same time are judged each on its own: a conflict fails only its own append', async () => {
      const taken = newStream('taken');
      await store().append(taken, newEvents(1), 'no_stream');
      const fresh = Array.from({ length: 4 }, (_, i) => newStream(`fresh${i}`));
      const outcomes = await Promise.allSettled([
        ...fresh.slice(0, 2).map((stream) => store().append(stream, newEvents(1), 'no_stream')),
        store().append(taken, newEvents(1), 'no_stream'),
        ...fresh.slice(2).map((stream) => store().append(stream, newEvents(2), 'no_stream')),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ name: 'ConcurrencyError', stream: taken, expected: 'no_stream', actual: 0 });
      expect(await store().readStream(taken)).toHaveLength(1);
      for (const [i, stream] of fresh.entries()) expect(await store().readStream(stream)).toHaveLength(i < 2 ? 1 : 2);
    });

    for (const [situation, prepare, expected, actual] of [
      ['a new stream with no_stream', 0, 'no_stream', 0],
      ['an existing stream at the same revision', 1, 0, 1],
    ] as const) {
      test(`concurrent appends to ${situation}: exactly one wins, the others get ConcurrencyError`, async () => {
        const stream = newStream('race');
        if (prepare > 0) await store().append(stream, newEvents(prepare), 'no_stream');
        const contenders = Array.from({ length: 5 }, (_, i) => newEvent('ContractRaced', { contender: i }));
        const outcomes = await Promise.allSettled(contenders.map((event) => store().append(stream, [event], expected)));

        const winners = outcomes.flatMap((outcome, i) => (outcome.status === 'fulfilled' ? [contenders[i]] : []));
        expect(winners).toHaveLength(1);
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') {
            expect(outcome.reason).toBeInstanceOf(ConcurrencyError);
            expect(outcome.reason).toMatchObject({ stream, expected, actual });
          }
        }
        const read = await store().readStream(stream);
        expect(read).toHaveLength(prepare + 1);
        expect(read[prepare].id).toBe(winners[0].id);
      });
    }
  });
}
