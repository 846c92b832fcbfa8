import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { ConcurrencyError, StoreUnavailable, verifyChain, EsdbEventStore } from '@app/event-store';
import {
  describeEventStoreContract,
  collect,
  newEvent,
  newEvents,
  takeWithin,
  uniqueCategory,
  within,
} from '@app/event-store/contract';
import { startEsdbDouble, type EsdbDouble } from '../esdb-double/esdb-double';

describeEventStoreContract('EsdbEventStore on the EventStoreDB gRPC test double', async () => {
  const double = await startEsdbDouble();
  const store = new EsdbEventStore(double.connectionString);
  return {
    store,
    teardown: async () => {
      await store.close();
      await double.stop();
    },
  };
});

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('EsdbEventStore specifics, on the test double', () => {
  const running: Array<{ double: EsdbDouble; store: EsdbEventStore }> = [];
  async function start(connectionString = (double: EsdbDouble) => double.connectionString) {
    const double = await startEsdbDouble();
    const store = new EsdbEventStore(connectionString(double));
    running.push({ double, store });
    return { double, store };
  }
  afterEach(async () => {
    for (const { double, store } of running.splice(0)) {
      await store.close();
      await double.stop();
    }
  });
  const newStream = (): string => `${uniqueCategory('esdb')}-1`;

  it('stores data as JSON and the whole envelope metadata as JSON metadata, under the given event id', async () => {
    const { double, store } = await start();
    const stream = newStream();
    const sent = newEvent('EsdbStored', { n: 1 });
    await store.append(stream, [sent], 'no_stream');
    const [read] = await store.readStream(stream);
    const stored = double.events().find((event) => event.id === sent.id);
    expect(stored).toMatchObject({ stream, type: 'EsdbStored', contentType: 'application/json' });
    expect(JSON.parse(Buffer.from(stored?.data ?? []).toString('utf8'))).toEqual({ n: 1 });
    expect(JSON.parse(Buffer.from(stored?.customMetadata ?? []).toString('utf8'))).toEqual(read.metadata);
  });

  it("maps the server's WrongExpectedVersion to ConcurrencyError with the actual revision", async () => {
    const { double, store } = await start();
    const stream = newStream();
    await store.append(stream, newEvents(1), 'no_stream');
    double.beforeNextAppend(async () => {
      await store.append(stream, newEvents(1), 0);
    });
    const error = await rejectionOf(store.append(stream, newEvents(1), 0));
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ stream, expected: 0, actual: 1 });
    // The losing append reached the server: the mapping, not the adapter's own pre-check, answered.
    expect(double.appendRequests.filter((request) => request.stream === stream)).toHaveLength(3);
  });

  it('appends stream_exists at the exact revision it read, so a competing write cannot fork the hash chain', async () => {
    const { double, store } = await start();
    const stream = newStream();
    await store.append(stream, newEvents(1), 'no_stream');
    double.beforeNextAppend(async () => {
      await store.append(stream, newEvents(1), 'stream_exists');
    });
    const error = await rejectionOf(store.append(stream, newEvents(1), 'stream_exists'));
    expect(error).toMatchObject({ name: 'ConcurrencyError', stream, expected: 'stream_exists', actual: 1 });
    expect(double.appendRequests.filter((request) => request.stream === stream).map((request) => request.expected)).toEqual([
      { kind: 'no_stream' },
      { kind: 'revision', revision: 0n },
      { kind: 'revision', revision: 0n },
    ]);
    expect(verifyChain(stream, await store.readStream(stream))).toMatchObject({ ok: true, events: 2 });
  });

  it('returns the original result when a retry of the same command got in first at another revision', async () => {
    const { double, store } = await start();
    const stream = newStream();
    await store.append(stream, newEvents(1), 'no_stream');
    const batch = newEvents(2);
    let original: unknown;
    double.beforeNextAppend(async () => {
      await store.append(stream, newEvents(1), 0);
      original = await store.append(stream, batch, 'stream_exists');
    });
    expect(await store.append(stream, batch, 0)).toEqual(original);
    expect((await store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2, 3]);
  });

  it('writes nothing for a repeated append: the retry is recognised before any append is sent', async () => {
    const { double, store } = await start();
    const stream = newStream();
    const batch = newEvents(2);
    const first = await store.append(stream, batch, 'no_stream');
    expect(await store.append(stream, batch, 'stream_exists')).toEqual(first);
    expect(double.appendRequests.filter((request) => request.stream === stream)).toHaveLength(1);
  });

  it("skips EventStoreDB's own events: readAll and subscribe never show them, headPosition ignores them", async () => {
    const { double, store } = await start();
    expect(double.events()[0].stream).toBe('$epoch-information');
    expect(await store.headPosition()).toBe(0n);
    expect(await collect(store.readAll())).toEqual([]);
    const result = await store.append(newStream(), newEvents(2), 'no_stream');
    // The node writes its own events at any time, e.g. statistics.
    const raw = EventStoreDBClient.connectionString(double.connectionString);
    await raw.appendToStream('$stats-127.0.0.1:2113', jsonEvent({ type: '$statsCollected', data: {}, metadata: {} }));
    await raw.dispose();

    expect(await store.headPosition()).toBe(result.position);
    expect((await collect(store.readAll())).map((event) => event.revision)).toEqual([0, 1]);
    const subscription = store.subscribe();
    try {
      const events = await takeWithin(subscription[Symbol.asyncIterator](), 2, 5000);
      expect(events.map((event) => event.position)).toEqual([expect.any(BigInt), result.position]);
      await store.append(newStream(), newEvents(1), 'no_stream');
      const [live] = await takeWithin(subscription[Symbol.asyncIterator](), 1, 5000);
      expect(live.stream.startsWith('$')).toBe(false);
    } finally {
      await subscription.close();
    }
  });

  it('reads a catch-up whole and in order when the reader falls behind the server', async () => {
    const { store } = await start();
    const stream = newStream();
    // Just over the adapter's 512-event queue: the stream pauses with the last few events still in
    // the client's buffer, and the server's caught-up arrives while they wait there.
    const total = 520;
    for (let revision = -1; revision < total - 1; revision += 130) {
      await store.append(stream, newEvents(130), revision < 0 ? 'no_stream' : revision);
    }
    const reader = store.readAll({ filter: { streamPrefixes: [stream] } })[Symbol.asyncIterator]();
    const revisions: number[] = [];
    for (let next = await reader.next(); !next.done; next = await reader.next()) {
      revisions.push(next.value.revision);
      if (revisions.length === 1) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(revisions).toEqual(Array.from({ length: total }, (_, i) => i));
  }, 20_000);

  it('accepts a kurrentdb:// connection string', async () => {
    const { store } = await start((double) => double.connectionString.replace(/^esdb:/, 'kurrentdb:'));
    const stream = newStream();
    await store.append(stream, newEvents(1), 'no_stream');
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('fails with StoreUnavailable once the node is gone, for every call and for an open subscription', async () => {
    const { double, store } = await start();
    const stream = newStream();
    await store.append(stream, newEvents(1), 'no_stream');
    const subscription = store.subscribe();
    const events = subscription[Symbol.asyncIterator]();
    await takeWithin(events, 1, 5000);
    const pending = events.next();
    await double.stop();

    expect(await within(rejectionOf(pending), 5000, 'the open subscription to fail')).toBeInstanceOf(StoreUnavailable);
    for (const [call, attempt] of [
      ['append', () => store.append(stream, newEvents(1), 0)],
      ['readStream', () => store.readStream(stream)],
      ['readAll', () => collect(store.readAll())],
      ['subscribe', () => store.subscribe()[Symbol.asyncIterator]().next()],
      ['headPosition', () => store.headPosition()],
      ['ping', () => store.ping()],
    ] as const) {
      const error = await within(rejectionOf(attempt()), 5000, call);
      expect([call, error]).toEqual([call, expect.any(StoreUnavailable)]);
    }
  });

  it('claims each event id for its stream, so a duplicate the server alone would store twice is refused; claims stay out of $all reads', async () => {
    const { double, store } = await start();
    const [owner, other] = [newStream(), newStream()];
    const event = newEvent('EsdbClaimed');
    await store.append(owner, [event], 'no_stream');
    const before = await store.headPosition();
    // The fresh event's claim is written after the owner's event; the duplicate's is refused.
    await expect(store.append(other, [newEvent('EsdbFresh'), event], 'no_stream')).rejects.toMatchObject({ name: 'DuplicateEventId', storedIn: owner });
    expect(double.events().filter((stored) => stored.id === event.id)).toHaveLength(1);
    // The claim streams hold EventStoreDB-style `$` events: invisible to the port's reads of $all.
    expect(double.events().some((stored) => stored.type === '$ofu-event-id-claimed')).toBe(true);
    expect(await store.headPosition()).toBe(before);
    expect((await collect(store.readAll())).some((read) => read.type.startsWith('$'))).toBe(false);
  });
});

