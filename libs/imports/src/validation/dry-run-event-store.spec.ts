import { ConcurrencyError, SqliteEventStore, StreamNotFound, type NewEvent } from '@app/event-store';
import { DryRunEventStore } from './dry-run-event-store';

const event = (id: string): NewEvent => ({
  id,
  type: 'Counted',
  data: { id },
  metadata: { schemaVersion: 1, actor: { id: 'a', role: 'admin' }, commandId: id, correlationId: id, causationId: id, occurredAt: '2026-01-01T00:00:00.000Z' },
});

describe('DryRunEventStore', () => {
  let real: SqliteEventStore;
  beforeEach(async () => {
    real = new SqliteEventStore(':memory:');
    await real.append('counter-1', [event('stored')], 'no_stream');
  });
  afterEach(() => real.close());

  it('shows what it appended on top of the real stream, and writes nothing to the real store', async () => {
    const dry = new DryRunEventStore(real);
    await dry.append('counter-1', [event('dry-1')], 0);
    await dry.append('counter-2', [event('dry-2')], 'no_stream');
    expect((await dry.readStream('counter-1')).map((e) => [e.id, e.revision])).toEqual([['stored', 0], ['dry-1', 1]]);
    expect((await dry.readStream('counter-2')).map((e) => e.id)).toEqual(['dry-2']);
    expect(await real.readStream('counter-1')).toHaveLength(1);
    await expect(real.readStream('counter-2')).rejects.toBeInstanceOf(StreamNotFound);
    await expect(dry.readStream('counter-3')).rejects.toBeInstanceOf(StreamNotFound);
  });

  it('lists its appends in order, as made, each with the stand-in position its result named', async () => {
    const dry = new DryRunEventStore(real);
    const first = await dry.append('counter-1', [event('dry-1'), event('dry-2')], 0);
    const second = await dry.append('counter-2', [event('dry-3')], 'no_stream');
    expect(dry.pendingAppends()).toEqual([
      { stream: 'counter-1', events: [event('dry-1'), event('dry-2')], expected: 0, standInPosition: first.position },
      { stream: 'counter-2', events: [event('dry-3')], expected: 'no_stream', standInPosition: second.position },
    ]);
    expect(first.position < 0n && second.position < 0n).toBe(true);
  });

  it('holds appends to the expected revision, as a real store does', async () => {
    const dry = new DryRunEventStore(real);
    await expect(dry.append('counter-1', [event('x')], 'no_stream')).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(dry.append('counter-1', [event('x')], 3)).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(dry.append('counter-9', [event('x')], 'stream_exists')).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await dry.append('counter-1', [event('x')], 'stream_exists')).toMatchObject({ nextRevision: 1 });
  });
});
