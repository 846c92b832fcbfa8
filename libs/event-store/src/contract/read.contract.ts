import { describe, expect } from '@jest/globals';
import type { RecordedEvent } from '../envelope';
import { StreamNotFound } from '../errors';
import { verifyChain } from '../hash-chain';
import { collect, isStrictlyIncreasing, newEvent, newEvents, uniqueCategory, uniqueType } from './contract-fixtures';
import { rejectionOf, test, type StoreUnderTest } from './contract-context';

const where = (events: RecordedEvent[]): string[] => events.map((e) => `${e.stream}@${e.revision}`);

export function readContract(store: StoreUnderTest): void {
  describe('readStream', () => {
    test('honours fromRevision (inclusive) and maxCount', async () => {
      const stream = `${uniqueCategory('range')}-1`;
      await store().append(stream, newEvents(5), 'no_stream');
      const revisions = async (options: { fromRevision?: number; maxCount?: number }) =>
        (await store().readStream(stream, options)).map((e) => e.revision);
      expect(await revisions({ fromRevision: 2 })).toEqual([2, 3, 4]);
      expect(await revisions({ maxCount: 2 })).toEqual([0, 1]);
      expect(await revisions({ fromRevision: 1, maxCount: 2 })).toEqual([1, 2]);
      // One event from a revision: what the log follower reads to check each new event's link.
      expect(await revisions({ fromRevision: 3, maxCount: 1 })).toEqual([3]);
      expect(await revisions({ fromRevision: 5, maxCount: 1 })).toEqual([]);
      expect(await revisions({ fromRevision: 5 })).toEqual([]);
      expect(await revisions({ fromRevision: 7 })).toEqual([]);
      expect(await revisions({ fromRevision: 4 })).toEqual([4]);
    });

    test('rejects with StreamNotFound, naming the stream, when it has no events', async () => {
      const stream = `${uniqueCategory('absent')}-1`;
      const error = await rejectionOf(store().readStream(stream));
      expect(error).toBeInstanceOf(StreamNotFound);
      expect(error).toMatchObject({ stream });
      // From a later revision too: "nothing since" is not an answer for a stream that never was.
      expect(await rejectionOf(store().readStream(stream, { fromRevision: 3 }))).toBeInstanceOf(StreamNotFound);
      expect(await rejectionOf(store().readStream(stream, { fromRevision: 1, maxCount: 1 }))).toBeInstanceOf(StreamNotFound);
    });
  });

  describe('envelope and hash chain', () => {
    test('round-trips data and metadata; the store sets recordedAt, prevHash and hash', async () => {
      const stream = `${uniqueCategory('envelope')}-1`;
      const data = {
        title: 'Perbaiki standar pelayanan – Kab. Paser ✓ 😀',
        count: 3,
        ratio: 0.25,
        negative: -7,
        ok: true,
        none: null,
        nested: { list: [1, 'dua', { tiga: [] }], empty: {} },
      };
      const sent = newEvent('ContractEnvelopeChecked', data);
      await store().append(stream, [sent], 'no_stream');
      const [read] = await store().readStream(stream);
      expect(read.id).toBe(sent.id);
      expect(read.data).toEqual(data);
      expect(read.metadata).toEqual({
        ...sent.metadata,
        recordedAt: expect.any(String),
        prevHash: null,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(new Date(read.metadata.recordedAt).toISOString()).toBe(read.metadata.recordedAt);
    });

    test('chains hashes across appends; verifyChain passes, and names the revision of a tampered copy', async () => {
      const stream = `${uniqueCategory('chain')}-1`;
      await store().append(stream, newEvents(1), 'no_stream');
      await store().append(stream, newEvents(2), 0);
      await store().append(stream, [newEvent('ContractAmountSet', { amount: 10 })], 2);
      const events = await store().readStream(stream);

      expect(events.map((e) => e.metadata.prevHash)).toEqual([null, ...events.slice(0, -1).map((e) => e.metadata.hash)]);
      expect(verifyChain(stream, events)).toEqual({ ok: true, stream, events: 4, lastHash: events[3].metadata.hash });

      const edited = structuredClone(events);
      edited[2].data = { ...edited[2].data, forged: true };
      expect(verifyChain(stream, edited)).toMatchObject({ ok: false, brokenAt: { revision: 2, eventId: events[2].id, reason: 'hash_mismatch' } });

      const relinked = structuredClone(events);
      relinked[3].metadata.prevHash = events[1].metadata.hash;
      expect(verifyChain(stream, relinked)).toMatchObject({ ok: false, brokenAt: { revision: 3, reason: 'prev_hash_mismatch' } });
    });
  });

  describe('readAll', () => {
    /** a-1: Opened, Noted · b-1: Opened · a-2: Opened · a-1: Closed — in this order. */
    async function writeTwoCategories() {
      const a = uniqueCategory('readalla');
      const b = uniqueCategory('readallb');
      await store().append(`${a}-1`, [newEvent('ContractOpened'), newEvent('ContractNoted')], 'no_stream');
      await store().append(`${b}-1`, [newEvent('ContractOpened')], 'no_stream');
      await store().append(`${a}-2`, [newEvent('ContractOpened')], 'no_stream');
      await store().append(`${a}-1`, [newEvent('ContractClosed')], 1);
      return { a: `${a}-`, b: `${b}-` };
    }

    test('reads the log in position order, filtered by stream prefix', async () => {
      const { a } = await writeTwoCategories();
      const events = await collect(store().readAll({ filter: { streamPrefixes: [a] } }));
      expect(where(events)).toEqual([`${a}1@0`, `${a}1@1`, `${a}2@0`, `${a}1@2`]);
      expect(isStrictlyIncreasing(events.map((e) => e.position))).toBe(true);
      expect(events.filter((e) => e.stream === `${a}1`)).toEqual(await store().readStream(`${a}1`));
    });

    test('fromPosition is exclusive, also inside one append', async () => {
      const { a } = await writeTwoCategories();
      const [first, second, , last] = await collect(store().readAll({ filter: { streamPrefixes: [a] } }));
      expect(where(await collect(store().readAll({ fromPosition: first.position, filter: { streamPrefixes: [a] } })))).toEqual([
        `${a}1@1`,
        `${a}2@0`,
        `${a}1@2`,
      ]);
      expect(where(await collect(store().readAll({ fromPosition: second.position, filter: { streamPrefixes: [a] } })))).toEqual([`${a}2@0`, `${a}1@2`]);
      expect(await collect(store().readAll({ fromPosition: last.position, filter: { streamPrefixes: [a] } }))).toEqual([]);
    });

    test('filters by event type, by several prefixes, and by both', async () => {
      const { a, b } = await writeTwoCategories();
      const read = async (streamPrefixes?: string[], eventTypes?: string[]) => where(await collect(store().readAll({ filter: { streamPrefixes, eventTypes } })));
      expect(await read([a], ['ContractOpened'])).toEqual([`${a}1@0`, `${a}2@0`]);
      expect(await read([a], ['ContractNoted', 'ContractClosed'])).toEqual([`${a}1@1`, `${a}1@2`]);
      expect(await read([a, b])).toEqual([`${a}1@0`, `${a}1@1`, `${b}1@0`, `${a}2@0`, `${a}1@2`]);
      expect(await read([b], ['ContractClosed'])).toEqual([]);
    });

    test('filters by event type alone', async () => {
      const from = await store().headPosition();
      const type = uniqueType('Recorded');
      const c = uniqueCategory('typed');
      await store().append(`${c}-1`, [newEvent(type), newEvent('ContractOther')], 'no_stream');
      await store().append(`${c}-2`, [newEvent(type)], 'no_stream');
      const events = await collect(store().readAll({ fromPosition: from, filter: { eventTypes: [type] } }));
      expect(where(events)).toEqual([`${c}-1@0`, `${c}-2@0`]);
    });

    test('stops after maxCount', async () => {
      const { a } = await writeTwoCategories();
      expect(where(await collect(store().readAll({ filter: { streamPrefixes: [a] }, maxCount: 2 })))).toEqual([`${a}1@0`, `${a}1@1`]);
    });

    test('headPosition is at least the position of the last append; ping answers', async () => {
      const result = await store().append(`${uniqueCategory('head')}-1`, newEvents(1), 'no_stream');
      expect(await store().headPosition()).toBeGreaterThanOrEqual(result.position);
      await expect(store().ping()).resolves.toBeUndefined();
    });
  });
}
