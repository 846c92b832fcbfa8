import { Actor, Decider, DomainCommand, conflict, forbidden } from '@app/kernel';
import { ConcurrencyError, EventStore, SqliteEventStore, UpcasterRegistry, eventIdFor } from '@app/event-store';
import { ManualClock } from '../clock/clock';
import { AggregateStore } from './aggregate-store';
import type { CommandMeta } from './command-meta';

type Event = { type: 'Counted'; data: { by: number } };
type Command = DomainCommand<'Count', { by: number; max: number }>;
const counter: Decider<number, Command, Event> = {
  initialState: () => 0,
  evolve: (total, e) => total + e.data.by,
  decide: (c, total) => {
    if (total + c.data.by > c.data.max) throw conflict('TooMany', `total would exceed ${c.data.max}`);
    return [{ type: 'Counted', data: { by: c.data.by } }];
  },
};

const actor: Actor = { id: 'asisten', role: 'officer', provinces: ['63'] };
const meta = (commandId: string, expectedRevision?: number): CommandMeta => ({
  commandId, correlationId: commandId, causationId: commandId, actor, issuedAt: new Date('2026-01-01T00:00:00Z'), expectedRevision,
});
const count = (by: number, max = 100): Command => ({ type: 'Count', data: { by, max }, actor, now: new Date() });

/** A store where another writer appends the same kind of event just before our first append. */
function racedOnce(store: EventStore): EventStore {
  let raced = false;
  const racing: EventStore = Object.create(store);
  racing.append = async (stream, events, expected) => {
    if (!raced) {
      raced = true;
      const other = { ...events[0], id: 'other-writer', metadata: { ...events[0].metadata, commandId: 'other-command' } };
      await store.append(stream, [other], expected);
    }
    return store.append(stream, events, expected);
  };
  return racing;
}

describe('AggregateStore: load → decide → append', () => {
  let store: SqliteEventStore;
  let clock: ManualClock;
  let aggregates: AggregateStore;
  beforeEach(() => {
    clock = new ManualClock(new Date('2026-03-01T00:00:00.000Z'));
    // recordedAt from a clock the test moves, so as-of cuts are exact.
    store = new SqliteEventStore(':memory:', { clock: () => clock.now() });
    aggregates = new AggregateStore(store, new UpcasterRegistry());
  });
  afterEach(() => store.close());

  const run = (commandId: string, command: Command, expectedRevision?: number) =>
    aggregates.execute({ stream: 'counter-1', id: '1', decider: counter, command, meta: meta(commandId, expectedRevision) });

  it('appends with the revision it loaded and records actor, command and business time', async () => {
    await run('a', count(2));
    const result = await run('b', count(3));
    expect(result).toMatchObject({ revision: 1, replayed: false });
    const [, second] = await store.readStream('counter-1');
    expect(second.id).toBe(eventIdFor('b', 0));
    expect(second.metadata).toMatchObject({ actor: { id: 'asisten', role: 'officer' }, commandId: 'b', occurredAt: '2026-01-01T00:00:00.000Z' });
    expect((await aggregates.load('counter-1', counter)).state).toBe(5);
  });

  it("stores an event's own business time as occurredAt, and never in its data", async () => {
    const backdated: Decider<number, Command, Event> = {
      ...counter,
      decide: (c) => [{ type: 'Counted', data: { by: c.data.by }, occurredAt: new Date('2023-05-10T16:59:59.999Z') }],
    };
    await aggregates.execute({ stream: 'counter-1', id: '1', decider: backdated, command: count(1), meta: meta('a') });
    const [event] = await store.readStream('counter-1');
    expect(event.metadata.occurredAt).toBe('2023-05-10T16:59:59.999Z');
    expect(event.data).toEqual({ by: 1 });
  });

  it('returns the first answer for a repeated command id, even after other commands, and writes nothing', async () => {
    const first = await run('a', count(2));
    await run('b', count(3));
    expect(await run('a', count(2))).toEqual({ ...first, replayed: true });
    expect(await store.readStream('counter-1')).toHaveLength(2);
  });

  it('refuses a stale If-Match without retrying, and accepts the current one', async () => {
    await run('a', count(2));
    await expect(run('b', count(1), 5)).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(run('c', count(1), 0)).resolves.toMatchObject({ revision: 1 });
  });

  it('re-decides on the new state when another writer got in between load and append', async () => {
    const racingAggregates = new AggregateStore(racedOnce(store), new UpcasterRegistry());
    await run('a', count(2));
    const result = await racingAggregates.execute({ stream: 'counter-1', id: '1', decider: counter, command: count(3, 8), meta: meta('b') });
    expect(result.revision).toBe(2);
    expect((await aggregates.load('counter-1', counter)).state).toBe(8); // 2, the other writer's 3, then ours
  });

  it('surfaces the rule broken on the fresh state after a race (no blind retry)', async () => {
    await run('a', count(2));
    const racingAggregates = new AggregateStore(racedOnce(store), new UpcasterRegistry());
    await expect(
      racingAggregates.execute({ stream: 'counter-1', id: '1', decider: counter, command: count(3, 6), meta: meta('b') }),
    ).rejects.toMatchObject({ code: 'TooMany' });
  });

  it('folds only what was recorded up to asOf', async () => {
    await run('a', count(2));
    const between = clock.now();
    clock.advance(1);
    await run('b', count(3));
    expect((await aggregates.load('counter-1', counter, between)).state).toBe(2);
    expect((await aggregates.load('counter-1', counter, new Date(0))).revision).toBeNull();
  });

  describe('business time (validAt) beside recording time (asOf)', () => {
    // An event recorded late (imported, or entered from a letter) whose business date lies before it.
    let appended = 0;
    beforeEach(() => (appended = 0));
    const lateEntry = async (by: number, occurredAt: string) => {
      const expected = appended++ === 0 ? 'no_stream' : appended - 2;
      await store.append('counter-late', [{ id: `late-${by}`, type: 'Counted', data: { by }, metadata: { schemaVersion: 1, actor, commandId: `late-${by}`, correlationId: `late-${by}`, causationId: `late-${by}`, occurredAt } }], expected);
    };

    it('folds by occurredAt on the valid axis and by recordedAt on the recorded axis, in log order', async () => {
      await lateEntry(1, '2023-06-01T00:00:00.000Z'); // recorded 2026-03-01
      clock.advance(60_000);
      await lateEntry(10, '2023-12-31T16:00:00.000Z'); // recorded 2026-03-01T00:01, business 2024-01-01 WIB
      const recordedLate = new Date('2026-03-01T00:00:30.000Z');
      // Known now, held at the end of 2023 (WIB): only the first.
      expect((await aggregates.load('counter-late', counter, { occurredBy: new Date('2023-12-31T15:59:59.999Z') })).state).toBe(1);
      expect((await aggregates.load('counter-late', counter, { occurredBy: new Date('2023-12-31T16:00:00.000Z') })).state).toBe(11);
      // Before it was recorded the system knew nothing, whatever the business date.
      const asOf2023 = await aggregates.load('counter-late', counter, { recordedBy: new Date('2023-12-31T16:59:59.999Z') });
      expect(asOf2023).toMatchObject({ state: 0, revision: null });
      expect((await aggregates.load('counter-late', counter, new Date('2023-12-31T16:59:59.999Z'))).revision).toBeNull();
      // Both: recorded by then AND occurred by then.
      expect((await aggregates.load('counter-late', counter, { recordedBy: recordedLate, occurredBy: new Date('2030-01-01T00:00:00Z') })).state).toBe(1);
      expect((await aggregates.load('counter-late', counter, { recordedBy: new Date('2030-01-01T00:00:00Z'), occurredBy: new Date('2023-07-01T00:00:00Z') }))).toMatchObject({ state: 1, revision: 0 });
      expect((await aggregates.load('counter-late', counter, { recordedBy: recordedLate, occurredBy: new Date('2023-01-01T00:00:00Z') })).revision).toBeNull();
    });

    it('keeps log order when business time runs backwards', async () => {
      await lateEntry(2, '2024-05-01T00:00:00.000Z');
      await lateEntry(3, '2023-05-01T00:00:00.000Z');
      const { events } = await aggregates.load('counter-late', counter, { occurredBy: new Date('2025-01-01T00:00:00Z') });
      expect(events.map((e) => e.data.by)).toEqual([2, 3]);
    });

    it('counts nothing of a record before its first event occurred, even a fact entered with an earlier business date', async () => {
      await lateEntry(2, '2024-05-01T00:00:00.000Z');
      await lateEntry(3, '2023-05-01T00:00:00.000Z');
      expect(await aggregates.load('counter-late', counter, { occurredBy: new Date('2023-06-01T00:00:00Z') })).toMatchObject({ state: 0, revision: null, events: [] });
    });
  });

  describe('Idempotency-Key bound to its request', () => {
    const keyed = (commandId: string, requestFingerprint: string, expectedRevision?: number): CommandMeta => ({ ...meta(commandId, expectedRevision), requestFingerprint });
    const runKeyed = (stream: string, m: CommandMeta, command: Command = count(1)) =>
      aggregates.execute({ stream, id: stream, decider: counter, command, meta: m });

    it('stores the fingerprint with the events and replays the same request', async () => {
      const first = await runKeyed('counter-k1', keyed('k1', 'fp-a'));
      expect((await store.readStream('counter-k1'))[0].metadata.requestFingerprint).toBe('fp-a');
      expect(await runKeyed('counter-k1', keyed('k1', 'fp-a'))).toEqual({ ...first, replayed: true });
    });

    it('refuses the same key with another request on the same stream (422), writing nothing', async () => {
      await runKeyed('counter-k2', keyed('k2', 'fp-a'));
      await expect(runKeyed('counter-k2', keyed('k2', 'fp-b'), count(5))).rejects.toMatchObject({
        kind: 'invalid',
        code: 'IdempotencyKeyReused',
        fields: [{ field: 'header.Idempotency-Key' }],
      });
      expect(await store.readStream('counter-k2')).toHaveLength(1);
    });

    it('refuses the same key on another stream (422, not the store error), writing nothing', async () => {
      await runKeyed('counter-k3a', keyed('k3', 'fp-a'));
      await expect(runKeyed('counter-k3b', keyed('k3', 'fp-other-resource'))).rejects.toMatchObject({ code: 'IdempotencyKeyReused' });
      expect((await aggregates.load('counter-k3b', counter)).revision).toBeNull();
    });

    it('replays events stored before fingerprints existed', async () => {
      const first = await run('legacy', count(1));
      expect(await aggregates.execute({ stream: 'counter-1', id: '1', decider: counter, command: count(1), meta: keyed('legacy', 'fp-now') })).toEqual({ ...first, replayed: true });
    });
  });

  describe('scope first', () => {
    /** The counter belongs to whoever may act on province 63. */
    const scoped: Decider<number, Command, Event> = {
      ...counter,
      authorize: (c) => {
        if (!(c.actor.provinces ?? []).includes('63')) throw forbidden('OutsideScope', 'outside your scope');
      },
    };
    const outsider: Actor = { id: 'asisten', role: 'officer', provinces: ['64'] };
    const runScoped = (m: CommandMeta, who: Actor = actor) =>
      aggregates.execute({ stream: 'counter-s', id: 's', decider: scoped, command: { ...count(1), actor: who }, meta: { ...m, actor: who } });

    it('refuses a caller outside the scope before replaying a known key', async () => {
      await runScoped(meta('s1'));
      await expect(runScoped(meta('s1'), outsider)).rejects.toMatchObject({ kind: 'forbidden', code: 'OutsideScope' });
    });

    it('refuses a caller outside the scope before judging If-Match, so no revision is revealed', async () => {
      await expect(runScoped(meta('s2', 99), outsider)).rejects.toMatchObject({ kind: 'forbidden' });
      await expect(runScoped(meta('s3', 99))).rejects.toBeInstanceOf(ConcurrencyError);
    });
  });

  it('runs beforeAppend only once the decision stands, and not for a refusal', async () => {
    const ran: string[] = [];
    const exec = (commandId: string, command: Command, expectedRevision?: number) =>
      aggregates.execute({ stream: 'counter-b', id: 'b', decider: counter, command, meta: meta(commandId, expectedRevision), beforeAppend: async () => void ran.push(commandId) });
    await exec('b1', count(1));
    await expect(exec('b2', count(1), 7)).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(exec('b3', count(200))).rejects.toMatchObject({ code: 'TooMany' });
    await exec('b1', count(1)); // a replay
    expect(ran).toEqual(['b1']);
  });

  describe('a stream named after its command', () => {
    const minted = (commandId: string): CommandMeta => ({ ...meta(commandId), mintedCommandId: commandId });
    const issue = (m: CommandMeta, command = count(2)) =>
      aggregates.execute({ stream: `counter-${m.commandId}`, id: m.commandId, decider: counter, command, meta: m, streamOfCommand: true });

    it('is not read when its command id was minted for this request', async () => {
      const reads = jest.spyOn(store, 'readStream');
      const result = await issue(minted('fresh'));
      expect(result).toMatchObject({ revision: 0, replayed: false });
      expect(reads).not.toHaveBeenCalled();
      expect(await store.readStream('counter-fresh')).toHaveLength(1);
    });

    it('is read when the command id may repeat, so a repeat is answered as one', async () => {
      const first = await issue(meta('keyed'));
      const reads = jest.spyOn(store, 'readStream');
      expect(await issue(meta('keyed'))).toEqual({ ...first, replayed: true });
      expect(reads).toHaveBeenCalledWith('counter-keyed');
    });

    it('is read when a minted meta was given another command id (an import deriving its own)', async () => {
      const first = await issue(meta('derived'));
      expect(await issue({ ...minted('request-id'), commandId: 'derived' })).toEqual({ ...first, replayed: true });
    });

    it('is read and decided again when it existed after all', async () => {
      await store.append('counter-taken', [{ id: 'earlier', type: 'Counted', data: { by: 99 }, metadata: { schemaVersion: 1, actor, commandId: 'x', correlationId: 'x', causationId: 'x', occurredAt: '2026-01-01T00:00:00.000Z' } }], 'no_stream');
      await expect(issue(minted('taken'), count(2, 100))).rejects.toMatchObject({ code: 'TooMany' });
      expect(await store.readStream('counter-taken')).toHaveLength(1);
    });
  });

  describe('current state, folded once and then only what was appended since', () => {
    type Tally = { total: number; seen: number[] };
    const tally: Decider<Tally, Command, Event> = {
      initialState: () => ({ total: 0, seen: [] }),
      evolve: (state, e) => ({ total: state.total + e.data.by, seen: [...state.seen, e.data.by] }),
      decide: counter.decide as never,
    };
    const append = (commandId: string, by: number) =>
      aggregates.execute({ stream: 'counter-1', id: '1', decider: counter, command: count(by), meta: meta(commandId) });

    it('equals a full fold after every append, reading only the events after the revision it kept', async () => {
      await append('a', 2);
      await append('b', 3);
      const reads = jest.spyOn(store, 'readStream');
      expect(await aggregates.current('counter-1', tally)).toEqual({ state: { total: 5, seen: [2, 3] }, revision: 1 });
      expect(reads).toHaveBeenLastCalledWith('counter-1');
      await append('c', 4);
      expect(await aggregates.current('counter-1', tally)).toEqual({ state: { total: 9, seen: [2, 3, 4] }, revision: 2 });
      expect(reads).toHaveBeenLastCalledWith('counter-1', { fromRevision: 2 });
      const kept = await aggregates.current('counter-1', tally);
      expect(reads).toHaveBeenLastCalledWith('counter-1', { fromRevision: 3 });
      const full = await aggregates.load('counter-1', tally);
      expect(kept).toEqual({ state: full.state, revision: full.revision });
    });

    it('sees events another writer appended straight to the store', async () => {
      await append('a', 2);
      await aggregates.current('counter-1', tally);
      const other = new AggregateStore(store, new UpcasterRegistry());
      await other.execute({ stream: 'counter-1', id: '1', decider: counter, command: count(5), meta: meta('elsewhere') });
      expect((await aggregates.current('counter-1', tally)).state).toEqual({ total: 7, seen: [2, 5] });
    });

    it('keeps states apart per evolver: the same stream folded by another decider is its own', async () => {
      await append('a', 2);
      expect((await aggregates.current('counter-1', tally)).state.total).toBe(2);
      expect((await aggregates.current('counter-1', counter)).state).toBe(2);
    });

    it('hands out a frozen state, so a caller that changed it would fail instead of changing the next caller\'s', async () => {
      await append('a', 2);
      const { state } = await aggregates.current('counter-1', tally);
      expect(() => state.seen.push(9)).toThrow(TypeError);
      expect(() => ((state as { total: number }).total = 0)).toThrow(TypeError);
      expect((await aggregates.current('counter-1', tally)).state).toEqual({ total: 2, seen: [2] });
    });

    it('answers the initial state and no revision for a stream that does not exist, and keeps nothing for it', async () => {
      expect(await aggregates.current('counter-none', tally)).toEqual({ state: { total: 0, seen: [] }, revision: null });
      const reads = jest.spyOn(store, 'readStream');
      await aggregates.current('counter-none', tally);
      expect(reads).toHaveBeenLastCalledWith('counter-none');
    });
  });
});
