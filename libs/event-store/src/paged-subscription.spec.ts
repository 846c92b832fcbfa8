import type { RecordedEvent } from './envelope';
import type { LogPage } from './log-page';
import { PagedSubscription, type SubscriptionSource } from './paged-subscription';

const recorded = (position: bigint): RecordedEvent =>
  ({ id: `e${position}`, stream: 'thing-1', revision: Number(position) - 1, position, type: 'ThingHappened', data: {}, metadata: {} }) as RecordedEvent;

/** An in-memory log; its poll timer is a fake one never advanced, so only signals and re-reads deliver. */
class FakeLog implements SubscriptionSource {
  readonly events: RecordedEvent[] = [];
  readonly reads: bigint[] = [];
  readonly pollIntervalMs = 1000;
  beforeRead?: () => Promise<void>;
  private readonly listeners = new Set<() => void>();
  private count = 0;

  constructor(private readonly pageOf: (log: FakeLog, after: bigint) => LogPage | Promise<LogPage> = (log, after) => log.pageAfter(after)) {}

  readPage(after: bigint): LogPage | Promise<LogPage> {
    this.reads.push(after);
    return this.pageOf(this, after);
  }

  pageAfter(after: bigint): LogPage {
    const events = this.events.filter((event) => event.position > after);
    return { events, scannedTo: events.at(-1)?.position ?? after, caughtUp: true };
  }

  appendCount(): number {
    return this.count;
  }

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stores an event and signals it, as an adapter does after a commit. */
  append(position: bigint): void {
    this.events.push(recorded(position));
    this.count++;
    for (const listener of [...this.listeners]) listener();
  }

  get listening(): number {
    return this.listeners.size;
  }
}

/** Lets every pending promise and immediate run: the fake log does no I/O, so this settles it. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Whether `promise` has settled after `settle()`. */
async function settledValue<T>(promise: Promise<T>): Promise<{ value: T } | 'pending'> {
  let outcome: { value: T } | 'pending' = 'pending';
  void promise.then((value) => (outcome = { value }));
  await settle();
  return outcome;
}

describe('PagedSubscription', () => {
  // Poll timers never fire, nor keep the run alive should a test fail with one pending.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());
  const opened: PagedSubscription[] = [];
  const open = (log: FakeLog): PagedSubscription => {
    const subscription = new PagedSubscription(log, 0n, undefined, () => undefined);
    opened.push(subscription);
    return subscription;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((subscription) => subscription.close()));
  });

  it('delivers each event once, in position order, then what is appended while it waits', async () => {
    const log = new FakeLog();
    log.append(1n);
    log.append(2n);
    const subscription = open(log);
    expect((await subscription.next()).value).toMatchObject({ position: 1n });
    expect((await subscription.next()).value).toMatchObject({ position: 2n });
    const third = subscription.next();
    await settle();
    expect(log.listening).toBe(1);
    log.append(3n);
    expect((await third).value).toMatchObject({ position: 3n });
    expect(log.reads).toEqual([0n, 2n, 2n]);
  });

  it('reads again at once when an append is signalled between a synchronous page and the wait', async () => {
    // The commit lands in the await that follows the read, before anyone listens.
    const log = new FakeLog((fake, after) => {
      const page = fake.pageAfter(after);
      if (fake.reads.length === 1) queueMicrotask(() => fake.append(1n));
      return page;
    });
    const subscription = open(log);
    expect(await settledValue(subscription.next())).toEqual({ value: { done: false, value: expect.objectContaining({ position: 1n }) } });
  });

  it('reads again at once when an append is signalled while an asynchronous page is read', async () => {
    const log = new FakeLog(async (fake, after) => {
      const page = fake.pageAfter(after);
      await Promise.resolve();
      if (fake.reads.length === 1) fake.append(1n);
      return page;
    });
    const subscription = open(log);
    expect(await settledValue(subscription.next())).toEqual({ value: { done: false, value: expect.objectContaining({ position: 1n }) } });
  });

  it('moves past a scanned stretch with no match, page by page, without waiting for a signal', async () => {
    const log = new FakeLog((fake, after) => (after < 200n ? { events: [], scannedTo: after + 100n, caughtUp: false } : fake.pageAfter(after)));
    log.append(250n);
    const subscription = open(log);
    expect(await settledValue(subscription.next())).toEqual({ value: { done: false, value: expect.objectContaining({ position: 250n }) } });
    expect(log.reads).toEqual([0n, 100n, 200n]);
  });

  it('makes sure appends will be signalled before each page is read', async () => {
    const order: string[] = [];
    const log = new FakeLog((fake, after) => {
      order.push(`read after ${after}`);
      return fake.pageAfter(after);
    });
    log.beforeRead = async () => void order.push('listen');
    log.append(1n);
    const subscription = open(log);
    await subscription.next();
    void subscription.next();
    await settle();
    expect(order).toEqual(['listen', 'read after 0', 'listen', 'read after 1']);
  });

  it('close() ends a pending next(), stops listening and tells its store', async () => {
    const log = new FakeLog();
    const closed: PagedSubscription[] = [];
    const subscription = new PagedSubscription(log, 0n, undefined, (s) => closed.push(s));
    const pending = subscription.next();
    await settle();
    await subscription.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(log.listening).toBe(0);
    expect(closed).toEqual([subscription]);
  });

  it.each([
    ['holds an event', true],
    ['finds nothing', false],
  ])('close() during a page read ends the pending next() when the page %s', async (_, withEvent) => {
    let release: () => void = () => undefined;
    const log = new FakeLog(async (fake, after) => {
      await new Promise<void>((resolve) => (release = resolve));
      return fake.pageAfter(after);
    });
    if (withEvent) log.append(1n);
    const subscription = open(log);
    const pending = subscription.next();
    await settle();
    await subscription.close();
    release();
    expect(await settledValue(pending)).toEqual({ value: { done: true, value: undefined } });
  });
});
