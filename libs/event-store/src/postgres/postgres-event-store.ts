import { Pool } from 'pg';
import type { AllFilter, AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, StreamAppend, Subscription, SubscribeOptions } from '../event-store.port';
import type { NewEvent, RecordedEvent } from '../envelope';
import { StreamNotFound } from '../errors';
import { assertValidBatch, type StoredId } from '../append-checks';
import { APPENDED_CHANNEL, AppendSignals } from './append-signals';
import { BEGIN_APPEND } from './append-lock';
import { pageQuery } from './log-query';
import { migrate } from './migrate';
import { GroupCommit, type PendingAppend } from './group-commit';
import { planAppends, rowColumns, type PlannedOutcome, type StoredState } from './append-plan';
import { commitPlanned } from './planned-commit';
import { guard, toPortError } from './pg-errors';
import type { LogPage } from '../log-page';
import { PagedSubscription, type SubscriptionSource } from '../paged-subscription';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';

export interface PostgresEventStoreOptions {
  /** System time for `recordedAt`. */
  clock?: () => Date;
  /** Connections in the pool. Default 10. */
  poolSize?: number;
  /** How long to wait for a connection before StoreUnavailable. Default 5000. */
  connectTimeoutMs?: number;
  /** Fallback re-check of an idle subscription, should a notification be lost. Default 5000. */
  pollIntervalMs?: number;
  /** Events per page for readAll and subscription catch-up. Default 500. */
  pageSize?: number;
}

/** What is stored for a batch's event ids ($1) and the last event of each of its streams ($2). */
const LOOKUP = `
  SELECT 'id' AS kind, id, stream, revision, position, NULL AS hash FROM events WHERE id = ANY($1::text[])
  UNION ALL
  SELECT 'last', last.id, last.stream, last.revision, last.position, last.hash
  FROM unnest($2::text[]) AS s (stream)
  CROSS JOIN LATERAL (
    SELECT id, stream, revision, position, metadata->>'hash' AS hash FROM events WHERE stream = s.stream ORDER BY revision DESC LIMIT 1
  ) AS last`;

interface LookupRow {
  kind: 'id' | 'last';
  id: string;
  stream: string;
  revision: string;
  position: string;
  hash: string | null;
}

/** Inserts the planned rows in order and notifies listeners, who hear of it on commit (the path under the lock). */
const INSERT = `
  WITH inserted AS (
    INSERT INTO events (id, stream, category, revision, type, data, metadata)
    SELECT e.id, e.stream, e.category, e.revision, e.type, e.data::json, e.metadata::json
    FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[])
      WITH ORDINALITY AS e (id, stream, category, revision, type, data, metadata, ord)
    ORDER BY e.ord
    RETURNING id, position
  )
  SELECT id, position, pg_notify('${APPENDED_CHANNEL}', '') AS notified FROM inserted`;

/** The event store on PostgreSQL: for deployments whose data centre runs PostgreSQL. */
export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly signals: AppendSignals;
  private readonly clock: () => Date;
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<PagedSubscription>();
  private readonly groupCommit = new GroupCommit((batch) => this.commitBatch(batch));
  private migrated: Promise<void> | undefined;
  private closed = false;

  constructor(connectionString: string, options: PostgresEventStoreOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.pageSize = options.pageSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 5000;
    const connection = { connectionString, connectionTimeoutMillis: options.connectTimeoutMs ?? 5000 };
    this.pool = new Pool({ ...connection, max: options.poolSize ?? 10 });
    // An idle connection the server dropped: the pool discards it; the next call opens another.
    this.pool.on('error', () => undefined);
    this.signals = new AppendSignals(connection);
    // Migrate on start; a failure here is reported by the first call, which tries again.
    void this.ready().catch(() => undefined);
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    assertValidBatch(stream, events, expected);
    const [result] = await this.appendInOneTransaction([{ stream, events, expected }]);
    return result;
  }

  /** One transaction for the whole batch: a refusal anywhere undoes all of it. */
  async appendAtomically(appends: StreamAppend[]): Promise<AppendResult[]> {
    for (const { stream, events, expected } of appends) assertValidBatch(stream, events, expected);
    if (appends.length === 0) return [];
    return this.appendInOneTransaction(appends);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.withReady('read a stream', async () => {
      const { rows } = await this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
        [stream, options.fromRevision ?? 0, options.maxCount ?? null],
      );
      if (rows.length === 0) {
        // Nothing from revision 0 on, without a limit: the stream has no events, no second look needed.
        const wholeStream = (options.fromRevision ?? 0) === 0 && options.maxCount === undefined;
        if (wholeStream || (await this.pool.query('SELECT 1 FROM events WHERE stream = $1 LIMIT 1', [stream])).rowCount === 0) throw new StreamNotFound(stream);
      }
      return rows.map(toRecordedEvent);
    });
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let cursor = options.fromPosition ?? 0n;
    while (remaining > 0) {
      const page = await this.readPage(cursor, options.filter);
      for (const event of page.events.slice(0, remaining)) yield event;
      remaining -= page.events.length;
      if (page.caughtUp || page.events.length === 0) return;
      cursor = page.events[page.events.length - 1].position;
    }
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const source: SubscriptionSource = {
      readPage: (after, filter) => this.readPage(after, filter),
      appendCount: () => this.signals.count,
      onAppend: (listener) => this.signals.onAppend(listener),
      beforeRead: () => this.signals.ensureListening(),
      pollIntervalMs: this.pollIntervalMs,
    };
    const subscription = new PagedSubscription(source, options.fromPosition ?? 0n, options.filter, (closed) => this.subscriptions.delete(closed));
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Appends commit in position order (append-lock.ts), so the largest position is the head. */
  async headPosition(): Promise<bigint> {
    return this.withReady('read the head position', async () => {
      const { rows } = await this.pool.query<{ head: string }>('SELECT COALESCE(max(position), 0) AS head FROM events');
      return BigInt(rows[0].head);
    });
  }

  async ping(): Promise<void> {
    await this.withReady('answer a ping', () => this.pool.query('SELECT 1'));
  }

  /** Ends every open subscription (their pending `next()` resolves done), then the connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.signals.close();
    await this.pool.end();
  }

  private async appendInOneTransaction(appends: StreamAppend[]): Promise<AppendResult[]> {
    const results = await this.withReady('append', () => this.groupCommit.submit(appends));
    // Subscriptions of this process need not wait for the notification's round trip.
    this.signals.signal();
    return results;
  }

  /**
   * One group of callers: one lookup, each caller decided on its own (append-plan.ts), then one
   * call that takes the append lock, checks the lookup still holds, inserts and commits
   * (planned-commit.ts). Should another process have written to the batch's streams or ids
   * since the lookup, the batch is decided again with the lock held from the lookup on.
   * Callers learn their results once the commit is done.
   */
  private async commitBatch(batch: PendingAppend[]): Promise<void> {
    const keys = batchKeys(batch);
    const found = await lookUp(this.pool, keys);
    const { rows, outcomes } = this.plan(batch, found.stored);
    // Nothing to write (repeats, refusals): what the lookup saw is the answer.
    if (rows.length === 0) return settle(batch, outcomes, found.positions);
    const inserted = await commitPlanned(this.pool, rows, found.stored, keys);
    if (inserted === null) return this.commitUnderLock(batch, keys);
    inserted.forEach((position, id) => found.positions.set(id, position));
    settle(batch, outcomes, found.positions);
  }

  /** The batch decided and written in one transaction that holds the append lock throughout. */
  private async commitUnderLock(batch: PendingAppend[], keys: BatchKeys): Promise<void> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(BEGIN_APPEND);
      const found = await lookUp(client, keys);
      const { rows, outcomes } = this.plan(batch, found.stored);
      if (rows.length > 0) {
        const inserted = await client.query<{ id: string; position: string }>(INSERT, rowColumns(rows));
        for (const row of inserted.rows) found.positions.set(row.id, BigInt(row.position));
      }
      await client.query('COMMIT');
      settle(batch, outcomes, found.positions);
    } catch (error) {
      // A connection that cannot even roll back is discarded rather than returned to the pool.
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw toPortError('append', error);
    } finally {
      client.release(broken);
    }
  }

  private plan(batch: PendingAppend[], stored: StoredState): ReturnType<typeof planAppends> {
    return planAppends(
      batch.map((pending) => pending.appends),
      stored,
      this.clock(),
    );
  }

  private readPage(after: bigint, filter: AllFilter | undefined): Promise<LogPage> {
    return this.withReady('read the log', async () => {
      const { rows } = await this.pool.query<EventRow>(pageQuery(after, filter, this.pageSize));
      const events = rows.map(toRecordedEvent);
      // Positions commit in order (append-lock.ts): the page examined everything up to its last event.
      return { events, scannedTo: events.length > 0 ? events[events.length - 1].position : after, caughtUp: rows.length < this.pageSize };
    });
  }

  /** Every call first brings the schema up to date, once per store (again after a failure). */
  private withReady<T>(action: string, work: () => Promise<T>): Promise<T> {
    return guard(action, async () => {
      await this.ready();
      return work();
    });
  }

  private ready(): Promise<void> {
    this.migrated ??= this.runMigrations().catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    return this.migrated;
  }

  private async runMigrations(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
  }
}

function toStoredId(row: LookupRow): StoredId {
  return { stream: row.stream, revision: BigInt(row.revision), position: BigInt(row.position) };
}

/** Every event id and stream a batch mentions. */
type BatchKeys = { ids: string[]; streams: string[] };

function batchKeys(batch: PendingAppend[]): BatchKeys {
  const appends = batch.flatMap((pending) => pending.appends);
  return {
    ids: [...new Set(appends.flatMap((append) => append.events.map((event) => event.id)))],
    streams: [...new Set(appends.map((append) => append.stream))],
  };
}

/** What is stored for the batch's keys, and the positions of the ids already stored. */
async function lookUp(db: Pick<Pool, 'query'>, keys: BatchKeys): Promise<{ stored: StoredState; positions: Map<string, bigint> }> {
  const found = await db.query<LookupRow>(LOOKUP, [keys.ids, keys.streams]);
  return {
    stored: {
      ids: new Map(found.rows.filter((row) => row.kind === 'id').map((row) => [row.id, toStoredId(row)])),
      heads: new Map(found.rows.filter((row) => row.kind === 'last').map((row) => [row.stream, { revision: Number(row.revision), hash: row.hash ?? '' }])),
    },
    positions: new Map(found.rows.map((row) => [row.id, BigInt(row.position)])),
  };
}

/** Tells each caller its outcome, once the commit (if any) is done. */
function settle(batch: PendingAppend[], outcomes: PlannedOutcome[], positions: Map<string, bigint>): void {
  outcomes.forEach((outcome, i) => {
    if (!outcome.ok) batch[i].reject(toPortError('append', outcome.error));
    else batch[i].resolve(outcome.results.map((result) => ({ nextRevision: result.nextRevision, position: positions.get(result.lastEventId) as bigint })));
  });
}

