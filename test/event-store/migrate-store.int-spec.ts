import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore, UpcasterRegistry, UpcastingEventStore, verifyChain, type EventStore, type NewEvent, type RecordedEvent } from '@app/event-store';
import { collect, newEvent } from '@app/event-store/contract';
import {
  MigrationRefused,
  PostgresSealedTarget,
  SqliteSealedTarget,
  copyLog,
  eventFingerprint,
  openSealedTarget,
  verifyCopy,
  type SealedTarget,
} from '@app/event-store/migration';
import { migrateStore, parseMigrateArgs, UsageError } from '../../apps/api/src/cli/migrate-store';
import { createTestDatabase, type TestDatabase } from './postgres-database';

const RECOMMENDATION = 'recommendation-64.01-7';
const OBLIGATION = 'obligation-64.01-7-1';
const ENTITY = 'entity-64.01';

/** Version 1 of this type carried `due` as a date; version 2 names it `dueDate`. */
const upcasters = new UpcasterRegistry().register({
  type: 'DeadlineSet',
  fromVersion: 1,
  upcast: ({ due, ...rest }) => ({ ...rest, dueDate: due }),
});

function versioned(type: string, data: Record<string, unknown>, schemaVersion: number, occurredAt?: string): NewEvent {
  const event = newEvent(type, data);
  return { ...event, metadata: { ...event.metadata, schemaVersion, ...(occurredAt ? { occurredAt } : {}) } };
}

/**
 * A log of several streams, appended one by one and in a batch, with events of an old schema
 * version, and one event entered in 2026 for a decision taken in 2023 (a late record).
 */
async function writeSourceLog(path: string): Promise<void> {
  let now = new Date('2026-02-01T08:00:00.000Z');
  const store = new SqliteEventStore(path, { clock: () => now });
  const tick = () => (now = new Date(now.getTime() + 60_000));
  await store.append(ENTITY, [versioned('EntityRegistered', { code: '64.01', name: 'Kabupaten Paser' }, 1)], 'no_stream');
  tick();
  await store.append(RECOMMENDATION, [versioned('RecommendationIssued', { text: 'Publish service standards' }, 1), versioned('DeadlineSet', { due: '2026-03-01' }, 1)], 'no_stream');
  tick();
  await store.appendAtomically([
    { stream: OBLIGATION, events: [versioned('ObligationOpened', { unit: 'DPMPTSP' }, 1)], expected: 'no_stream' },
    { stream: RECOMMENDATION, events: [versioned('DeadlineSet', { dueDate: '2026-04-01' }, 2)], expected: 1 },
  ]);
  tick();
  await store.append(OBLIGATION, [versioned('ObligationMet', { evidence: 'sk-12.pdf', note: 'Ünïcode – kept as written' }, 1, '2023-05-10T03:00:00.000Z')], 0);
  for (let i = 0; i < 4; i++) {
    tick();
    await store.append(ENTITY, [versioned('EntityRenamed', { name: `Kabupaten Paser ${i}` }, 1)], i);
  }
  await store.close();
}

describe('store:migrate — copying a SQLite log into PostgreSQL with its hash chains', () => {
  let dir: string;
  let sourcePath: string;
  let database: TestDatabase;
  const open: Array<{ close(): Promise<void> }> = [];

  function sourceStore(): SqliteEventStore {
    const store = new SqliteEventStore(sourcePath);
    open.push(store);
    return store;
  }

  async function postgresTarget(): Promise<PostgresSealedTarget> {
    const target = await PostgresSealedTarget.open(database.connectionString, 'test database');
    open.push(target);
    return target;
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'migrate-store-'));
    sourcePath = join(dir, 'events.db');
    await writeSourceLog(sourcePath);
    database = await createTestDatabase();
  });

  afterEach(async () => {
    for (const store of open.splice(0).reverse()) await store.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function expectSameLog(source: EventStore, target: EventStore): Promise<RecordedEvent[]> {
    const sourceEvents = await collect(source.readAll());
    const targetEvents = await collect(target.readAll());
    expect(targetEvents.map(eventFingerprint)).toEqual(sourceEvents.map(eventFingerprint));
    return targetEvents;
  }

  it('copies every event as sealed: same id, stream, revision, position, data, recordedAt and hash; the chains verify', async () => {
    const source = sourceStore();
    const target = await postgresTarget();

    const result = await copyLog(source, target, { pageSize: 3 });

    expect(result).toEqual({ kept: 0, copied: 10 });
    const copied = await expectSameLog(source, target.store);
    const late = copied.find((event) => event.type === 'ObligationMet');
    expect(late?.metadata.occurredAt).toBe('2023-05-10T03:00:00.000Z');
    expect(late?.metadata.recordedAt).toBe('2026-02-01T08:03:00.000Z');
    for (const stream of [RECOMMENDATION, OBLIGATION, ENTITY]) {
      expect(verifyChain(stream, await target.store.readStream(stream))).toMatchObject({ ok: true });
    }
    const verdict = await verifyCopy(source, target.store);
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.target.streams).toEqual(new Map([[ENTITY, 5], [RECOMMENDATION, 3], [OBLIGATION, 2]]));
  });

  it('keeps old schema versions as stored, so reads upcast them in the target exactly as in the source', async () => {
    const source = sourceStore();
    const target = await postgresTarget();
    await copyLog(source, target);

    const raw = await target.store.readStream(RECOMMENDATION);
    expect(raw[1]).toMatchObject({ type: 'DeadlineSet', data: { due: '2026-03-01' }, metadata: { schemaVersion: 1 } });
    const upcastSource = await new UpcastingEventStore(source, upcasters).readStream(RECOMMENDATION);
    const upcastTarget = await new UpcastingEventStore(target.store, upcasters).readStream(RECOMMENDATION);
    expect(upcastTarget).toEqual(upcastSource);
    expect(upcastTarget[1].data).toEqual({ dueDate: '2026-03-01' });
  });

  it('lets the target carry on after the copy: the next append takes a later position and extends the chain', async () => {
    const source = sourceStore();
    const target = await postgresTarget();
    await copyLog(source, target);
    const head = await source.headPosition();

    const appended = await target.store.append(ENTITY, [newEvent('EntityRenamed', { name: 'after the move' })], 4);

    expect(appended.position).toBeGreaterThan(head);
    expect(verifyChain(ENTITY, await target.store.readStream(ENTITY))).toMatchObject({ ok: true, events: 6 });
  });

  it('resumes an interrupted copy after the events already copied, and refuses to start over on them', async () => {
    const source = sourceStore();
    const target = await postgresTarget();
    const interrupted = copyLog(source, target, {
      pageSize: 4,
      onPage: (copied) => {
        if (copied >= 4) throw new Error('connection lost');
      },
    });
    await expect(interrupted).rejects.toThrow('connection lost');
    expect(await collect(target.store.readAll())).toHaveLength(4);

    await expect(copyLog(source, target)).rejects.toThrow(/not empty .*--resume/);
    const resumed = await copyLog(source, target, { resume: true, pageSize: 4 });

    expect(resumed).toEqual({ kept: 4, copied: 6 });
    await expectSameLog(source, target.store);
    expect((await verifyCopy(source, target.store)).ok).toBe(true);
  });

  it('writes a page whole or not at all, so an interrupted copy always leaves a prefix', async () => {
    const events = await collect(sourceStore().readAll());
    const postgres = await postgresTarget();
    const sqlite: SealedTarget = new SqliteSealedTarget(join(dir, 'copy.db'));
    open.push(sqlite);
    for (const target of [postgres, sqlite]) {
      await target.importSealed(events.slice(0, 2));
      // The last event of this page is already stored: the two before it must not be kept either.
      const page = events.slice(2, 4).concat(events[1]);
      const accepted = await target.importSealed(page).then(
        () => `${target.description} accepted a page holding position ${events[1].position} again (source has ${events.length} events; page ${page.map((e) => e.position).join(', ')})`,
        () => null,
      );
      expect(accepted).toBeNull();
      expect((await collect(target.store.readAll())).map(eventFingerprint)).toEqual(events.slice(0, 2).map(eventFingerprint));
    }
  });

  it('refuses a target that holds other events, with or without --resume, and writes nothing', async () => {
    const source = sourceStore();
    const target = await postgresTarget();
    await target.store.append('entity-63.01', [newEvent('EntityRegistered', { code: '63.01' })], 'no_stream');

    await expect(copyLog(source, target)).rejects.toThrow(MigrationRefused);
    await expect(copyLog(source, target)).rejects.toThrow(/test database is not empty \(its log reaches position 1\)/);
    await expect(copyLog(source, target, { resume: true })).rejects.toThrow(/not an interrupted copy of this log: its event at position 1/);
    expect(await collect(target.store.readAll())).toHaveLength(1);
  });

  it('reports a tampered source event: the copy is faithful, and verification names the broken chain', async () => {
    const db = new Database(sourcePath);
    db.prepare(`UPDATE events SET data = json_set(data, '$.name', 'Kabupaten Tampered') WHERE stream = ? AND revision = 2`).run(ENTITY);
    db.close();
    const source = sourceStore();
    const target = await postgresTarget();
    await copyLog(source, target);

    const verdict = await verifyCopy(source, target.store);

    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      expect.stringMatching(new RegExp(`^source: hash chain of ${ENTITY} breaks at revision 2 .*hash_mismatch$`)),
      expect.stringMatching(new RegExp(`^target: hash chain of ${ENTITY} breaks at revision 2 .*hash_mismatch$`)),
    ]);
  });

  it('reports a target that lost an event after the copy: the gap in its chain, the counts and the digests', async () => {
    const source = sourceStore();
    const target = await postgresTarget();
    await copyLog(source, target);
    const { Client } = await import('pg');
    const client = new Client({ connectionString: database.connectionString });
    await client.connect();
    await client.query('DELETE FROM events WHERE stream = $1 AND revision = 2', [ENTITY]);
    await client.end();

    const verdict = await verifyCopy(source, target.store);

    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      expect.stringMatching(new RegExp(`^target: hash chain of ${ENTITY} breaks at revision 3 .*revision_gap$`)),
      '10 events in the source, 9 in the target',
      `stream ${ENTITY}: 5 events in the source, 4 in the target`,
      expect.stringMatching(/^log digests differ: source [0-9a-f]{64}, target [0-9a-f]{64}$/),
    ]);
  });

  it('copies into a SQLite file too, at the same positions, and appends there carry on after them', async () => {
    const source = sourceStore();
    const target: SealedTarget = new SqliteSealedTarget(join(dir, 'copy.db'));
    open.push(target);
    await copyLog(source, target, { pageSize: 2 });

    await expectSameLog(source, target.store);
    const appended = await target.store.append(OBLIGATION, [newEvent('ObligationReopened')], 1);
    expect(appended.position).toBe((await source.headPosition()) + 1n);
    expect(verifyChain(OBLIGATION, await target.store.readStream(OBLIGATION))).toMatchObject({ ok: true, events: 3 });
  });

  it('refuses EventStoreDB as a target without connecting, saying why and what to use instead', async () => {
    await expect(openSealedTarget('esdb://127.0.0.1:1?tls=false')).rejects.toThrow(/EventStoreDB\/KurrentDB is not supported: it assigns its own log positions.*PostgreSQL/);
    await expect(openSealedTarget('kurrentdb://127.0.0.1:1?tls=false')).rejects.toThrow(MigrationRefused);
  });

  describe('the command', () => {
    async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
      const args = parseMigrateArgs(argv);
      if (!args) throw new Error('help asked');
      const lines: string[] = [];
      const code = await migrateStore(args, (line) => lines.push(line));
      return { code, lines };
    }

    it('copies, verifies, prints what it did, and exits 0', async () => {
      const { code, lines } = await run(['--from', sourcePath, '--to', database.connectionString, '--page-size', '4']);

      expect(code).toBe(0);
      expect(lines).toEqual([
        expect.stringMatching(/^Copying SQLite file .*events\.db into PostgreSQL at postgres:/),
        '  copied 4 events (up to position 4)',
        '  copied 8 events (up to position 8)',
        '  copied 10 events (up to position 10)',
        'Copied 10 events.',
        expect.stringMatching(/^Source: 10 events in 3 streams, digest [0-9a-f]{64}$/),
        expect.stringMatching(/^Target: 10 events in 3 streams, digest [0-9a-f]{64}$/),
        expect.stringMatching(/^Verified: /),
      ]);
      expect(lines[5].slice(-64)).toBe(lines[6].slice(-64));
    });

    it('exits 1 with the reason when the target is not empty, and when verification fails', async () => {
      await run(['--from', sourcePath, '--to', database.connectionString]);

      const again = await run(['--from', sourcePath, '--to', database.connectionString]);
      expect(again.code).toBe(1);
      expect(again.lines.at(-1)).toMatch(/^Refused: PostgreSQL at .* is not empty/);

      const db = new Database(sourcePath);
      db.prepare(`UPDATE events SET metadata = json_set(metadata, '$.recordedAt', '2026-01-01T00:00:00.000Z') WHERE stream = ? AND revision = 0`).run(OBLIGATION);
      db.close();
      const tampered = await run(['--from', sourcePath, '--to', join(dir, 'copy.db')]);
      expect(tampered.code).toBe(1);
      expect(tampered.lines).toContain('Verification FAILED (2 problems):');
      expect(tampered.lines.some((line) => line.includes(`source: hash chain of ${OBLIGATION} breaks at revision 0`))).toBe(true);
    });

    it('refuses a SQLite source file that does not exist instead of creating it', async () => {
      const missing = join(dir, 'nowhere.db');
      const { code, lines } = await run(['--from', missing, '--to', database.connectionString]);
      expect(code).toBe(1);
      expect(lines).toEqual([`Refused: No SQLite event log at ${missing}`]);
    });

    it('names a missing or wrong flag', () => {
      expect(() => parseMigrateArgs(['--to', 'postgres://x'])).toThrow(new UsageError('--from is required: a SQLite file or a connection string'));
      expect(() => parseMigrateArgs(['--from', 'a.db'])).toThrow(/--to is required/);
      expect(() => parseMigrateArgs(['--from', 'a.db', '--to', 'b.db', '--page-size', '0'])).toThrow(/--page-size must be a positive whole number/);
      expect(parseMigrateArgs(['--help'])).toBeUndefined();
    });
  });
});
