import type Database from 'better-sqlite3';
import type { AllFilter, AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, StreamAppend, Subscription, SubscribeOptions } from '../event-store.port';
import type { NewEvent, RecordedEvent } from '../envelope';
import { StoreUnavailable, StreamNotFound } from '../errors';
import { assertExpected, assertValidBatch, repeatedAppend, type StoredId } from '../append-checks';
import type { LogPage } from '../log-page';
import { PagedSubscription, type SubscriptionSource } from '../paged-subscription';
import { GroupCommit, type CommitInfo, type GroupCommitLimits } from './group-commit';
import { DEFAULT_PAGE_SIZE, FIRST_PACE, SCAN_WINDOW_PAGES, nextPace, planPage, type PagePace, type PagePlan } from './page-plan';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';
import { openDatabase } from './schema';
import { sealRow } from './sealed-row';
import { guard } from './sqlite-errors';

export interface SqliteEventStoreOptions {
  /** System time for `recordedAt`. */
  clock?: () => Date;
  /** How often an idle subscription looks for appends made by other processes. Default 200. */
  pollIntervalMs?: number;
  /** How long to wait for another process's write lock before StoreUnavailable. Default 5000. */
  busyTimeoutMs?: number;
  /** Events per page for readAll and subscription catch-up. Default 500. */
  pageSize?: number;
  /** How many appends may share one commit. Default 1,000 appends, 10,000 events. */
  groupCommit?: Partial<GroupCommitLimits>;
  /** Called after each commit that stored appends: a metric hook (commits per append, batch sizes). */
  onCommit?: (info: CommitInfo) => void;
}

interface QueuedStreamRead {
  stream: string;
  options: ReadStreamOptions;
  resolve: (events: RecordedEvent[]) => void;
  reject: (error: unknown) => void;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

const DEFAULT_LIMITS: GroupCommitLimits = { maxWrites: 1000, maxEvents: 10_000 };

/** The event store on one SQLite file: the default for a single-server deployment and for tests. */
export class SqliteEventStore implements EventStore {
  private readonly pollIntervalMs: number;
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly pageSize: number;
  private readonly appendListeners = new Set<() => void>();
  private readonly subscriptions = new Set<PagedSubscription>();
  /** Commits that stored appends so far: lets a subscription tell that one landed while it read a page. */
  private commitsSignalled = 0;
  private readonly pageStatements = new Map<string, Database.Statement>();
  private readonly pagePlans = new WeakMap<AllFilter, PagePlan>();
  /** The whole log's plan, made once: every unfiltered subscriber reads a page of it per commit. */
  private readonly unfiltered: PagePlan;
  private readonly sql: ReturnType<typeof prepareStatements>;
  private readonly commits: GroupCommit;
  /** Stream reads waiting for the end of this turn (readStream). */
  private readonly streamReads: QueuedStreamRead[] = [];
  private readonly readTogether: Database.Transaction<(reads: () => Outcome<RecordedEvent[]>[]) => Outcome<RecordedEvent[]>[]>;

  /** @throws StoreUnavailable when the file (or its folder) cannot be created or opened. */
  constructor(
    readonly path: string,
    options: SqliteEventStoreOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.unfiltered = planPage(undefined, this.pageSize);
    try {
      this.db = openDatabase(path, options.busyTimeoutMs ?? 5000);
    } catch (error) {
      throw new StoreUnavailable(`Event store cannot open ${path}: ${(error as Error).message}`, error);
    }
    this.sql = prepareStatements(this.db);
    this.readTogether = this.db.transaction((reads) => reads());
    const onCommit = options.onCommit;
    this.commits = new GroupCommit(this.db, { ...DEFAULT_LIMITS, ...options.groupCommit }, (info) => {
      onCommit?.(info);
      // Once per commit, not per append: a subscriber reads every append of the batch in one page.
      this.commitsSignalled++;
      for (const listener of [...this.appendListeners]) listener();
    });
  }

  /** Shares a commit with the appends made at the same time; resolves once its events are durable. */
  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    assertValidBatch(stream, events, expected);
    return this.commits.write(() => this.appendInTransaction(stream, events, expected), events.length);
  }

  /**
   * One unit of a commit: a refusal anywhere undoes all of it (its savepoint), and each append
   * sees the ones before it (revisions, hashes, ids), as if appended one by one.
   */
  async appendAtomically(appends: StreamAppend[]): Promise<AppendResult[]> {
    for (const { stream, events, expected } of appends) assertValidBatch(stream, events, expected);
    if (appends.length === 0) return [];
    const events = appends.reduce((sum, append) => sum + append.events.length, 0);
    return this.commits.write(() => appends.map((a) => this.appendInTransaction(a.stream, a.events, a.expected)), events);
  }

  /**
   * Stream reads asked for in one turn (a batch of commands loading their aggregates) are read
   * together at its end, in one read transaction: outside a transaction every statement takes
   * and drops the WAL read lock (two fcntl calls), several times the cost of the lookup itself.
   */
  readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return new Promise((resolve, reject) => {
      if (this.streamReads.push({ stream, options, resolve, reject }) === 1) queueMicrotask(() => this.readQueuedStreams());
    });
  }

  private readQueuedStreams(): void {
    const reads = this.streamReads.splice(0);
    const readEach = () => reads.map((read): Outcome<RecordedEvent[]> => {
      try {
        return { ok: true, value: this.readStreamNow(read.stream, read.options) };
      } catch (error) {
        return { ok: false, error };
      }
    });
    let outcomes: Outcome<RecordedEvent[]>[] | undefined;
    if (reads.length > 1 && this.db.open && !this.db.inTransaction) {
      try {
        outcomes = this.readTogether(readEach);
      } catch {
        // The transaction itself failed (closed meanwhile, say): each read reports on its own.
      }
    }
    (outcomes ?? readEach()).forEach((outcome, i) => (outcome.ok ? reads[i].resolve(outcome.value) : reads[i].reject(outcome.error)));
  }

  private readStreamNow(stream: string, options: ReadStreamOptions): RecordedEvent[] {
    return guard('read a stream', () => {
      const from = options.fromRevision ?? 0;
      // Without a limit, the read starts one event early: that event, when there is one, shows the
      // stream exists, so a read of what was appended since (usually nothing) needs no second look.
      const early = from > 0 && options.maxCount === undefined ? 1 : 0;
      const rows = this.streamRead(options.maxCount).all({ stream, from: from - early, limit: options.maxCount }) as EventRow[];
      // Nothing from revision 0 on, without a limit: the stream has no events, no second look needed.
      const wholeStream = from === 0 && options.maxCount === undefined;
      const exists = rows.length > 0 || (!wholeStream && this.sql.lastOfStream.get(stream) !== undefined);
      if (!exists) throw new StreamNotFound(stream);
      return (early === 1 && rows.length > 0 && Number(rows[0].revision) < from ? rows.slice(1) : rows).map(toRecordedEvent);
    });
  }

  /**
   * The statement for a stream read of `maxCount` events at most. The common limits (none, one)
   * are written into the SQL: SQLite plans with the value bound to a LIMIT parameter, so it
   * prepares such a statement anew at every bind, which tripled the cost of reading a stream
   * (every command, every deadline step, every link the log follower checks).
   */
  private streamRead(maxCount: number | undefined): Database.Statement {
    if (maxCount === undefined) return this.sql.readStream;
    return maxCount === 1 ? this.sql.readStreamFirst : this.sql.readStreamUpTo;
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let cursor = options.fromPosition ?? 0n;
    let pace = FIRST_PACE;
    while (remaining > 0) {
      const page = this.readPage(cursor, options.filter, pace);
      for (const event of page.events.slice(0, remaining)) yield event;
      remaining -= page.events.length;
      pace = nextPace(pace, page.events.length, page.scannedTo - cursor, this.pageSize);
      cursor = page.scannedTo;
      if (page.caughtUp) return;
    }
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    // Paced as readAll is: a runner catching up on a few rare types crosses the stretches
    // without them in a handful of pages, not one page per two pages of positions.
    let pace = FIRST_PACE;
    const source: SubscriptionSource = {
      readPage: (after, filter) => {
        const page = this.readPage(after, filter, pace);
        pace = nextPace(pace, page.events.length, page.scannedTo - after, this.pageSize);
        return page;
      },
      appendCount: () => this.commitsSignalled,
      onAppend: (listener: () => void) => {
        this.appendListeners.add(listener);
        return () => this.appendListeners.delete(listener);
      },
      pollIntervalMs: this.pollIntervalMs,
    };
    const subscription = new PagedSubscription(source, options.fromPosition ?? 0n, options.filter, (closed) => this.subscriptions.delete(closed));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint> {
    return guard('read the head position', () => this.head());
  }

  async ping(): Promise<void> {
    guard('answer a ping', () => this.sql.ping.get());
  }

  /** Commits the appends already made, ends every open subscription (their pending `next()` resolves done), then closes the file. */
  async close(): Promise<void> {
    if (this.db.open) this.commits.drain();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    if (this.db.open) this.db.close();
  }

  private appendInTransaction(stream: string, events: NewEvent[], expected: ExpectedRevision): AppendResult {
    const found = events.map((event) => this.sql.findId.get(event.id) as StoredId | undefined);
    const repeat = repeatedAppend(stream, events, found);
    if (repeat) return repeat;

    const last = this.sql.lastOfStream.get(stream) as { revision: bigint; hash: string } | undefined;
    assertExpected(stream, expected, last ? Number(last.revision) : 'no_stream');

    const recordedAt = this.clock();
    let revision = last ? Number(last.revision) : -1;
    let prevHash = last?.hash ?? null;
    let position = 0n;
    for (const event of events) {
      // If a later event fails here, the transaction undoes the earlier inserts.
      const sealed = sealRow(event, prevHash, recordedAt);
      revision += 1;
      const { lastInsertRowid } = this.sql.insert.run({ id: sealed.id, stream, revision, type: sealed.type, data: sealed.data, metadata: sealed.metadata });
      position = BigInt(lastInsertRowid);
      prevHash = sealed.hash;
    }
    return { nextRevision: revision, position };
  }

  /**
   * Matching events after `after`, up to the current head (or the end of a scan window): each
   * lane of the filter's plan seeks its index, and the lanes' rows merge in position order.
   * Lanes never share an event (one type, one category each), so the first `pageSize` merged
   * rows are complete up to the last of them, even when one lane filled its page alone.
   */
  private readPage(after: bigint, filter: AllFilter | undefined, pace: PagePace = FIRST_PACE): LogPage {
    return guard('read the log', () => {
      const head = this.head();
      const plan = this.planFor(filter);
      // `pace`: from the caller's last page (nextPace), whether to walk the log and how far a walk or several lanes look.
      const walk = pace.walk ? plan.scan : undefined;
      const window = walk ? pace.windowPages : plan.windowed ? SCAN_WINDOW_PAGES : plan.lanes.length > 1 ? pace.windowPages : null;
      const upTo = window === null ? head : minBigInt(head, after + BigInt(this.pageSize) * BigInt(window));
      if (upTo <= after) return { events: [], scannedTo: after, caughtUp: true };
      const params = { after, upTo };
      const single = walk ?? (plan.lanes.length === 1 ? plan.lanes[0] : undefined);
      const page = single ? (this.pageStatement(single.sql).all({ ...single.params, ...params }) as EventRow[]) : this.mergedLanes(plan, params);
      const scannedTo = page.length === this.pageSize ? page[page.length - 1].position : upTo;
      return { events: page.map(toRecordedEvent), scannedTo, caughtUp: scannedTo >= head };
    });
  }

  /** Every lane's candidate positions (from its index), merged; then the rows of the first page only. */
  private mergedLanes(plan: PagePlan, params: { after: bigint; upTo: bigint }): EventRow[] {
    // As numbers: positions stay far below 2^53, and sorting numbers is several times faster than bigints.
    const positions = plan.lanes.flatMap((lane) => (this.pageStatement(lane.positionsSql).pluck().all({ ...lane.params, ...params }) as bigint[]).map(Number));
    if (positions.length === 0) return [];
    positions.sort((a, b) => a - b);
    // A JSON array of integers (bigint digits, no quotes), so json_each yields INTEGER values the primary key seeks.
    return this.sql.rowsAt.all(`[${positions.slice(0, this.pageSize).join(',')}]`) as EventRow[];
  }

  private planFor(filter: AllFilter | undefined): PagePlan {
    if (!filter) return this.unfiltered;
    let plan = this.pagePlans.get(filter);
    if (!plan) {
      plan = planPage(filter, this.pageSize);
      this.pagePlans.set(filter, plan);
    }
    return plan;
  }

  private pageStatement(sql: string): Database.Statement {
    let statement = this.pageStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.pageStatements.set(sql, statement);
    }
    return statement;
  }

  private head(): bigint {
    return (this.sql.head.get() as { head: bigint }).head;
  }
}

function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare('INSERT INTO events (id, stream, revision, type, data, metadata) VALUES (@id, @stream, @revision, @type, @data, @metadata)'),
    findId: db.prepare('SELECT stream, revision, position FROM events WHERE id = ?'),
    lastOfStream: db.prepare(
      "SELECT revision, json_extract(metadata, '$.hash') AS hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1",
    ),
    readStream: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = @stream AND revision >= @from ORDER BY revision`),
    readStreamFirst: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = @stream AND revision >= @from ORDER BY revision LIMIT 1`),
    readStreamUpTo: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = @stream AND revision >= @from ORDER BY revision LIMIT @limit`,
    ),
    head: db.prepare('SELECT COALESCE(MAX(position), 0) AS head FROM events'),
    rowsAt: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position`),
    ping: db.prepare('SELECT 1'),
  };
}

function minBigInt(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
