import Database from 'better-sqlite3';
import { StoreUnavailable } from '../errors';
import { GroupCommit, type CommitInfo } from './group-commit';

/** GroupCommit on a bare table, where a failing COMMIT and a full disk can be provoked for real. */
describe('GroupCommit', () => {
  let db: Database.Database;
  let commits: CommitInfo[];
  let group: GroupCommit;
  const insert = (value: string) => (): void => void db.prepare('INSERT INTO child (parent, value) VALUES (?, ?)').run(1, value);
  const stored = (): string[] => (db.prepare('SELECT value FROM child ORDER BY rowid').all() as Array<{ value: string }>).map((r) => r.value);

  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    // A deferred foreign key is checked at COMMIT, not when its savepoint is released.
    db.exec(`
      CREATE TABLE parent (id INTEGER PRIMARY KEY);
      CREATE TABLE child (parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED, value TEXT);
    `);
    commits = [];
    group = new GroupCommit(db, { maxWrites: 100, maxEvents: 100 }, (info) => commits.push(info));
  });
  afterEach(() => db.close());

  const outcomes = (writes: Array<Promise<unknown>>): Promise<Array<PromiseSettledResult<unknown>>> => Promise.allSettled(writes);

  it('commits the writes made together once, each with its own result', async () => {
    db.exec('INSERT INTO parent (id) VALUES (1)');
    const results = await Promise.all([group.write(() => 'a', 1), group.write(() => 'b', 2)]);
    expect(results).toEqual(['a', 'b']);
    expect(commits).toEqual([{ writes: 2, events: 3 }]);
  });

  it('when COMMIT fails, rejects every write of the batch with StoreUnavailable and stores none', async () => {
    // No parent row: the batch runs, and its COMMIT is refused.
    const settled = await outcomes([group.write(insert('a'), 1), group.write(insert('b'), 1)]);
    for (const outcome of settled) expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailable);
    expect(db.inTransaction).toBe(false);
    expect(stored()).toEqual([]);
    expect(commits).toEqual([]);
  });

  it('when the disk is full part-way, rejects every write of the batch and stores none, not the writes before it', async () => {
    db.exec('INSERT INTO parent (id) VALUES (1)');
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true })) + 2}`);
    const settled = await outcomes([group.write(insert('small'), 1), group.write(insert('x'.repeat(100_000)), 1), group.write(insert('after'), 1)]);
    for (const outcome of settled) expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailable);
    expect(stored()).toEqual([]);
  });

  it('a refused write rolls back its own savepoint only', async () => {
    db.exec('INSERT INTO parent (id) VALUES (1)');
    const refusal = new Error('refused');
    const settled = await outcomes([
      group.write(insert('kept'), 1),
      group.write(() => {
        insert('undone')();
        throw refusal;
      }, 1),
    ]);
    expect(settled.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
    expect((settled[1] as PromiseRejectedResult).reason).toBe(refusal);
    expect(stored()).toEqual(['kept']);
    expect(commits).toEqual([{ writes: 1, events: 1 }]);
  });

  it('drain() commits what is queued without waiting for the scheduled turn', () => {
    db.exec('INSERT INTO parent (id) VALUES (1)');
    void group.write(insert('queued'), 1);
    group.drain();
    expect(stored()).toEqual(['queued']);
  });
});
