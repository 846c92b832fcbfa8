import { Logger } from '@nestjs/common';
import { sealEvents, type EventStore, type RecordedEvent, type Subscription } from '@app/event-store';
import { LogFollower } from './log-follower';

const STREAM = 'recommendation-r1';
const metadata = { schemaVersion: 1, actor: { id: 'o', role: 'officer' }, commandId: 'c', correlationId: 'c', causationId: 'c', occurredAt: '2025-06-01T00:00:00.000Z' };

/** A stream of `count` events sealed into their chain, as the store records them. */
function chain(count: number): RecordedEvent[] {
  const sealed = sealEvents(
    Array.from({ length: count }, (_, i) => ({ id: `e${i}`, type: 'DeadlineReminderSent', data: { n: i }, metadata: metadata as never })),
    null,
    new Date('2025-06-01T00:00:00Z'),
  );
  return sealed.map((event, i) => ({ ...event, stream: STREAM, revision: i, position: BigInt(i + 1) }));
}

interface Reads {
  inFlight: number;
  most: number;
  /** How many reads each turn asked for: the SQLite store serves those together, in one read transaction. */
  turns: number[];
}

/** The events after the first arrive through the subscription; each predecessor is read from `stored`. */
function storeOf(stored: RecordedEvent[], arriving: RecordedEvent[], reads: Reads): EventStore {
  let batchOpen = false;
  const subscription: Subscription = {
    async *[Symbol.asyncIterator]() {
      yield* arriving;
    },
    close: async () => undefined,
  };
  return {
    headPosition: async () => 1n,
    subscribe: () => subscription,
    readStream: async (_stream: string, options: { fromRevision: number }) => {
      // As SqliteEventStore.readStream: the first read opens a batch that the microtask it queues closes.
      if (!batchOpen) {
        batchOpen = true;
        reads.turns.push(0);
        queueMicrotask(() => (batchOpen = false));
      }
      reads.turns[reads.turns.length - 1]++;
      reads.most = Math.max(reads.most, ++reads.inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      reads.inFlight--;
      return [stored[options.fromRevision]];
    },
  } as unknown as EventStore;
}

describe('LogFollower', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => (errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined)));
  afterEach(() => errors.mockRestore());

  async function follow(stored: RecordedEvent[], arriving: RecordedEvent[]) {
    const reads: Reads = { inFlight: 0, most: 0, turns: [] };
    const follower = new LogFollower(storeOf(stored, arriving, reads));
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    await follower.onApplicationBootstrap();
    await follower.onApplicationShutdown();
    return { follower, reads };
  }

  it('checks every arriving event against its predecessor, several at once, and finds no fault in an intact chain', async () => {
    const events = chain(200);
    const { follower, reads } = await follow(events, events.slice(1));
    expect(follower.seen).toBe(199);
    expect(errors).not.toHaveBeenCalled();
    // Reads are asked for together (the store shares a read transaction among them), bounded.
    expect(reads.most).toBeGreaterThan(1);
    expect(reads.most).toBeLessThanOrEqual(64);
  });

  it('asks for the predecessors of events arriving together in one turn, which the store serves in one read transaction', async () => {
    const events = chain(200);
    const { follower, reads } = await follow(events, events.slice(1));
    expect(follower.seen).toBe(199);
    expect(reads.turns.reduce((sum, n) => sum + n, 0)).toBe(199);
    // Checked on arrival, each event's read had a turn of its own (199 turns of one).
    expect(Math.max(...reads.turns)).toBeGreaterThan(1);
    expect(Math.max(...reads.turns)).toBeLessThanOrEqual(64);
    expect(reads.turns.length).toBeLessThan(20);
  });

  it('names the event whose data was changed behind the chain, and only that one', async () => {
    const events = chain(100);
    const tampered = events.map((event) => (event.revision === 57 ? { ...event, data: { n: 'changed' } } : event));
    await follow(tampered, tampered.slice(1));
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(`Broken hash link in ${STREAM}@57: hash_mismatch`);
  });

  it('names an event that does not point at the stored predecessor', async () => {
    const events = chain(10);
    // A revision 4 sealed in its own right after revision 3, but not the one revision 5 was sealed after (a fork).
    const [fork] = sealEvents([{ id: 'x', type: 'DeadlineReminderSent', data: { n: 'x' }, metadata: metadata as never }], events[3].metadata.hash, new Date('2025-06-02T00:00:00Z'));
    const stored = events.map((event) => (event.revision === 4 ? { ...fork, stream: STREAM, revision: 4, position: 5n } : event));
    await follow(stored, [...stored.slice(1, 5), events[5]]);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(`Broken hash link in ${STREAM}@5: prev_hash_mismatch`);
  });
});
