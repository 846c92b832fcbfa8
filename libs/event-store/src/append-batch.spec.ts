import type { NewEvent } from './envelope';
import type { EventStore } from './event-store.port';
import { appendBatch } from './append-batch';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { UpcasterRegistry } from './upcasting/upcaster-registry';
import { UpcastingEventStore } from './upcasting/upcasting-event-store';

const event = (n: number): NewEvent => ({
  id: `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  type: 'ThingHappened',
  data: { n },
  metadata: { schemaVersion: 1, actor: { id: 'officer-1', role: 'officer' }, commandId: `c${n}`, correlationId: 'f', causationId: 'f', occurredAt: '2025-01-01T00:00:00.000Z' },
});

describe('appendBatch', () => {
  let sqlite: SqliteEventStore;
  beforeEach(() => (sqlite = new SqliteEventStore(':memory:')));
  afterEach(() => sqlite.close());

  it('commits a batch on SQLite in one transaction: a refusal in its last append leaves none of it', async () => {
    expect(typeof sqlite.appendAtomically).toBe('function');
    await expect(
      appendBatch(sqlite, [
        { stream: 'thing-1', events: [event(1)], expected: 'no_stream' },
        { stream: 'thing-2', events: [event(2)], expected: 'no_stream' },
        { stream: 'thing-1', events: [event(3)], expected: 5 },
      ]),
    ).rejects.toMatchObject({ name: 'ConcurrencyError', stream: 'thing-1', expected: 5, actual: 0 });
    expect(await sqlite.headPosition()).toBe(0n);
  });

  it('keeps the promise of one transaction through the upcasting wrapper, and only where the inner store makes it', async () => {
    const wrapped = new UpcastingEventStore(sqlite, new UpcasterRegistry());
    expect(await appendBatch(wrapped, [{ stream: 'thing-1', events: [event(1)], expected: 'no_stream' }])).toEqual([{ nextRevision: 0, position: 1n }]);
    const plain: EventStore = {
      append: (stream, events, expected) => sqlite.append(stream, events, expected),
      readStream: (stream, options) => sqlite.readStream(stream, options),
      readAll: (options) => sqlite.readAll(options),
      subscribe: (options) => sqlite.subscribe(options),
      headPosition: () => sqlite.headPosition(),
      ping: () => sqlite.ping(),
      close: () => sqlite.close(),
    };
    expect(new UpcastingEventStore(plain, new UpcasterRegistry()).appendAtomically).toBeUndefined();
  });

  it('appends one after another on a store without transactions: the appends before a refusal stay written', async () => {
    const calls: string[] = [];
    const oneByOne: EventStore = {
      append: (stream, events, expected) => {
        calls.push(stream);
        return sqlite.append(stream, events, expected);
      },
      readStream: (stream, options) => sqlite.readStream(stream, options),
      readAll: (options) => sqlite.readAll(options),
      subscribe: (options) => sqlite.subscribe(options),
      headPosition: () => sqlite.headPosition(),
      ping: () => sqlite.ping(),
      close: () => sqlite.close(),
    };
    await expect(
      appendBatch(oneByOne, [
        { stream: 'thing-1', events: [event(1)], expected: 'no_stream' },
        { stream: 'thing-2', events: [event(2)], expected: 0 },
        { stream: 'thing-3', events: [event(3)], expected: 'no_stream' },
      ]),
    ).rejects.toMatchObject({ name: 'ConcurrencyError', stream: 'thing-2' });
    expect(calls).toEqual(['thing-1', 'thing-2']);
    expect(await sqlite.readStream('thing-1')).toHaveLength(1);
  });
});
