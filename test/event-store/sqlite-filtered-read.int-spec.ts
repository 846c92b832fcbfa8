import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, SqliteEventStore, categoryOf, verifyChain, type AllFilter, type RecordedEvent } from '@app/event-store';
import { collect, newEvent, takeWithin } from '@app/event-store/contract';

/** The file layout before categories: what databases written by earlier releases hold. */
const SCHEMA_V0 = `
  CREATE TABLE events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    id       TEXT    NOT NULL UNIQUE,
    stream   TEXT    NOT NULL,
    revision INTEGER NOT NULL,
    type     TEXT    NOT NULL,
    data     TEXT    NOT NULL,
    metadata TEXT    NOT NULL,
    UNIQUE (stream, revision)
  );
  CREATE INDEX events_by_type ON events (type, position);
`;

const dirs: string[] = [];
function tempFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-filtered-read-'));
  dirs.push(dir);
  return join(dir, name);
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A log where the wanted events are sparse and unevenly spread, in several categories and types. */
async function fillMixedLog(store: SqliteEventStore): Promise<void> {
  const streams = ['alpha-1', 'alpha-2', 'alphabet-1', 'beta-1', 'beta-22', 'gamma-1', 'nodash'];
  const types = ['Common', 'Common', 'Common', 'Rare', 'Other'];
  const revisions = new Map<string, number>();
  // Deterministic pseudo-random spread: clusters and long gaps both occur.
  let seed = 7;
  for (let i = 0; i < 400; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const stream = streams[seed % streams.length];
    const type = i > 150 && i < 300 && types[(seed >> 8) % types.length] === 'Rare' ? 'Common' : types[(seed >> 8) % types.length];
    const revision = revisions.get(stream) ?? -1;
    await store.append(stream, [newEvent(type, { i })], revision < 0 ? 'no_stream' : revision);
    revisions.set(stream, revision + 1);
  }
}

function matches(event: RecordedEvent, filter: AllFilter): boolean {
  const prefixes = filter.streamPrefixes ?? [];
  const types = filter.eventTypes ?? [];
  return (prefixes.length === 0 || prefixes.some((p) => event.stream.startsWith(p))) && (types.length === 0 || types.includes(event.type));
}

const FILTERS: AllFilter[] = [
  { eventTypes: ['Rare'] },
  { eventTypes: ['Rare', 'Other'] },
  { eventTypes: ['Common', 'Rare'] },
  { streamPrefixes: ['beta-'] },
  { streamPrefixes: ['alpha-', 'gamma-'] },
  { streamPrefixes: ['alpha-1', 'beta-2'] },
  { streamPrefixes: ['alpha-', 'alpha-2'] },
  { streamPrefixes: ['alpha'] },
  { streamPrefixes: ['beta-', 'nodash'] },
  { streamPrefixes: ['alpha-', 'beta-'], eventTypes: ['Rare', 'Other'] },
  // Many types, some absent: lanes that look two pages ahead, page after page, to the head.
  { eventTypes: ['Rare', 'Other', 'Absent1', 'Absent2', 'Absent3'] },
  { streamPrefixes: ['gamma-', 'nodash'], eventTypes: ['Common', 'Rare', 'Other', 'Absent1', 'Absent2'] },
];

describe('SqliteEventStore filtered reads', () => {
  let store: SqliteEventStore;
  let all: RecordedEvent[];
  beforeAll(async () => {
    store = new SqliteEventStore(tempFile('mixed.db'), { pageSize: 4 });
    await fillMixedLog(store);
    all = await collect(store.readAll());
  });
  afterAll(() => store.close());

  it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))(
    'readAll and subscribe with %s deliver exactly the matching events, in log order, across pages',
    async (_, filter) => {
      const expected = all.filter((event) => matches(event, filter));
      expect(expected.length).toBeGreaterThan(0);
      expect(await collect(store.readAll({ filter }))).toEqual(expected);
      const from = all[37].position;
      expect(await collect(store.readAll({ filter, fromPosition: from }))).toEqual(expected.filter((e) => e.position > from));
      const subscription = store.subscribe({ filter });
      expect(await takeWithin(subscription[Symbol.asyncIterator](), expected.length, 5000)).toEqual(expected);
      await subscription.close();
    },
  );
});

describe('SqliteEventStore filtered reads of a long log', () => {
  // Registrations open the log (dense, wanted), then 4,000 events of other types with a Rare one every 500.
  let store: SqliteEventStore;
  beforeAll(async () => {
    store = new SqliteEventStore(tempFile('long.db'), { pageSize: 4 });
    await store.append('registry-1', Array.from({ length: 40 }, (_, i) => newEvent('Registered', { i })), 'no_stream');
    for (let batch = 0; batch < 40; batch++) {
      const events = Array.from({ length: 100 }, (_, i) => newEvent((batch * 100 + i) % 500 === 250 ? 'Rare' : i % 2 ? 'Noise' : 'Chatter', { i }));
      await store.append('work-1', events, batch === 0 ? 'no_stream' : batch * 100 - 1);
    }
  });
  afterAll(() => store.close());

  async function read(filter: AllFilter, how: 'readAll' | { subscribeUntil: number } = 'readAll'): Promise<{ events: RecordedEvent[]; pages: Array<{ walk: boolean }> }> {
    // The pages the read asks for, with the pace it chose for each (walk the log, or seek the lanes).
    const spy = jest.spyOn(store as unknown as { readPage: (after: bigint, filter: AllFilter | undefined, pace?: { walk: boolean }) => unknown }, 'readPage');
    try {
      const events = how === 'readAll' ? await collect(store.readAll({ filter })) : await subscribed(filter, how.subscribeUntil);
      return { events, pages: spy.mock.calls.map(([, , pace]) => ({ walk: pace?.walk ?? false })) };
    } finally {
      spy.mockRestore();
    }
  }

  /** The first `count` events a subscription from the start delivers. */
  async function subscribed(filter: AllFilter, count: number): Promise<RecordedEvent[]> {
    const subscription = store.subscribe({ filter });
    try {
      return await takeWithin(subscription[Symbol.asyncIterator](), count, 5000);
    } finally {
      await subscription.close();
    }
  }

  it('paces a subscription catching up on a few rare types as it paces readAll', async () => {
    const { events, pages } = await read({ eventTypes: ['Registered', 'Rare'] }, { subscribeUntil: 48 });
    expect(events.map((e) => e.type)).toEqual([...Array(40).fill('Registered'), ...Array(8).fill('Rare')]);
    // As readAll's bound above: fixed windows of two pages would take about 500 pages.
    expect(pages.length).toBeLessThanOrEqual(20);
  });

  it('reads a few rare types across the stretch without them in a handful of pages, not one page per two pages of positions', async () => {
    const { events, pages } = await read({ eventTypes: ['Registered', 'Rare'] });
    expect(events.map((e) => e.type)).toEqual([...Array(40).fill('Registered'), ...Array(8).fill('Rare')]);
    // 48 events at 4 a page: 12 pages, and a few more while the window grows across the stretch.
    // Windows of two pages (8 positions) each would take 500 pages.
    expect(pages.length).toBeLessThanOrEqual(20);
    // The registrations are walked; the stretch after them is not.
    expect(pages.filter((page) => page.walk).length).toBeLessThanOrEqual(11);
  });

  it('walks the log for a read of every type, page after page', async () => {
    const { events, pages } = await read({ eventTypes: ['Registered', 'Rare', 'Noise', 'Chatter'] });
    expect(events).toHaveLength(4040);
    expect(pages.slice(1).every((page) => page.walk)).toBe(true);
  });
});

describe('SqliteEventStore on a database written before categories', () => {
  it('migrates on open: adds and indexes the category, keeps every stored event as it was, and carries on, also for older writers', async () => {
    const path = tempFile('old.db');
    const source = tempFile('source.db');
    const writer = new SqliteEventStore(source);
    await writer.append('case-1', [newEvent('Opened'), newEvent('Noted')], 'no_stream');
    await writer.append('other-1', [newEvent('Opened')], 'no_stream');
    await writer.append('case-2', [newEvent('Opened')], 'no_stream');
    await writer.append('multi-part-1', [newEvent('Opened')], 'no_stream');
    await writer.append('nodash', [newEvent('Opened')], 'no_stream');
    await writer.close();
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    old.exec(SCHEMA_V0);
    old.exec(`ATTACH '${source}' AS source; INSERT INTO events SELECT position, id, stream, revision, type, data, metadata FROM source.events; DETACH source;`);
    const before = old.prepare('SELECT position, id, stream, revision, type, data, metadata FROM events ORDER BY position').all();
    expect(old.pragma('user_version', { simple: true })).toBe(0);
    old.close();

    const store = new SqliteEventStore(path, { pageSize: 2 });
    try {
      expect((await collect(store.readAll({ filter: { streamPrefixes: ['case-'] } }))).map((e) => e.stream)).toEqual(['case-1', 'case-1', 'case-2']);
      await store.append('case-1', [newEvent('Closed')], 1);
      expect(verifyChain('case-1', await store.readStream('case-1')).ok).toBe(true);
      // A process of the earlier release, still writing to the file, does not know the column.
      const olderWriter = new Database(path);
      olderWriter.prepare('INSERT INTO events (id, stream, revision, type, data, metadata) VALUES (?, ?, 0, ?, ?, ?)').run('older-1', 'case-9', 'Opened', '{}', '{}');
      olderWriter.close();
      expect((await collect(store.readAll({ filter: { streamPrefixes: ['case-'] } }))).map((e) => e.stream)).toEqual(['case-1', 'case-1', 'case-2', 'case-1', 'case-9']);
    } finally {
      await store.close();
    }
    const migrated = new Database(path, { readonly: true });
    try {
      expect(migrated.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      const after = migrated.prepare(`SELECT position, id, stream, revision, type, data, metadata FROM events WHERE position <= ${before.length} ORDER BY position`).all();
      expect(after).toEqual(before);
      const categories = migrated.prepare('SELECT stream, category FROM events ORDER BY position').all() as Array<{ stream: string; category: string }>;
      expect(categories.map(({ category }) => category)).toEqual(['case', 'case', 'other', 'case', 'multi', 'nodash', 'case', 'case']);
      for (const { stream, category } of categories) expect(category).toBe(categoryOf(stream));
      expect(migrated.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'events_by_category'").get()).toBeDefined();
    } finally {
      migrated.close();
    }
  });

  it('refuses a database written by a newer schema rather than misread it', () => {
    const path = tempFile('newer.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => new SqliteEventStore(path)).toThrow(/newer than this code/);
  });
});
