import type { AllFilter } from '../event-store.port';
import { planPage, scanNextPage } from './page-plan';
import { openDatabase } from './schema';

/** Filtered reads of $all seek an index: EXPLAIN QUERY PLAN of every lane shows no scan of the log. */
describe('planPage', () => {
  it.each([
    [{ eventTypes: ['Rare'] }, 'events_by_type'],
    [{ eventTypes: ['Rare', 'Other'] }, 'events_by_type'],
    [{ streamPrefixes: ['beta-'] }, 'events_by_category'],
    [{ streamPrefixes: ['alpha-1', 'gamma-'] }, 'events_by_category'],
    [{ streamPrefixes: ['beta-'], eventTypes: ['Rare'] }, 'events_by_type'],
  ] as Array<[AllFilter, string]>)('a page filtered by %j seeks %s instead of scanning the log', (filter, index) => {
    const db = openDatabase(':memory:', 100);
    try {
      for (const lane of planPage(filter).lanes) {
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${lane.sql}`).all({ ...lane.params, after: 0, upTo: 10, limit: 4 }) as Array<{ detail: string }>;
        const details = plan.map((step) => step.detail);
        expect(details).toEqual([expect.stringContaining(`SEARCH events USING INDEX ${index} (`)]);
      }
    } finally {
      db.close();
    }
  });

  it.each([
    // Not (category, position): SQLite reads the row to check a virtual column's value, covering index or not.
    [{ eventTypes: ['Rare', 'Other', 'Third'] }, 'events_by_type'],
  ] as Array<[AllFilter, string]>)('a page of several lanes (%j) finds its candidate positions in %s alone, without reading a row', (filter, index) => {
    const db = openDatabase(':memory:', 100);
    try {
      for (const lane of planPage(filter).lanes) {
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${lane.positionsSql}`).all({ ...lane.params, after: 0, upTo: 10, limit: 4 }) as Array<{ detail: string }>;
        expect(plan.map((step) => step.detail)).toEqual([expect.stringContaining(`SEARCH events USING COVERING INDEX ${index} (`)]);
      }
    } finally {
      db.close();
    }
  });

  it('a page filtered by many types still seeks one index lane per type (the store bounds how far ahead they look)', () => {
    const plan = planPage({ eventTypes: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] });
    expect(plan.windowed).toBe(false);
    expect(plan.lanes.map((lane) => lane.params)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((type) => ({ type })));
  });

  it('offers several type lanes a walk of the log in position order, each type checked by SQLite', () => {
    const plan = planPage({ eventTypes: ['A', 'B', 'C'], streamPrefixes: ['x-'] });
    const db = openDatabase(':memory:', 100);
    try {
      const steps = db.prepare(`EXPLAIN QUERY PLAN ${plan.scan?.sql}`).all({ ...plan.scan?.params, after: 0, upTo: 10, limit: 4 }) as Array<{ detail: string }>;
      expect(steps.map((step) => step.detail)).toEqual([expect.stringContaining('SEARCH events USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)')]);
    } finally {
      db.close();
    }
    expect(plan.scan?.params).toEqual({ type0: 'A', type1: 'B', type2: 'C', prefix0: 'x-' });
    expect(planPage({ eventTypes: ['A'] }).scan).toBeUndefined();
    expect(planPage({ streamPrefixes: ['x-', 'y-'] }).scan).toBeUndefined();
  });

  it('walks the log after a dense page and seeks the lanes again after a sparse walk, with a gap between the two', () => {
    expect(scanNextPage(false, 250, 1000n)).toBe(true);
    expect(scanNextPage(false, 249, 1000n)).toBe(false);
    expect(scanNextPage(true, 125, 1000n)).toBe(true);
    expect(scanNextPage(true, 124, 1000n)).toBe(false);
    // An empty stretch (nothing examined) keeps whatever the read was doing.
    expect(scanNextPage(true, 0, 0n)).toBe(true);
    expect(scanNextPage(false, 0, 0n)).toBe(false);
  });

  it('reads without a filter, or by a prefix that spans categories, in position order within a bounded window only for the latter', () => {
    expect(planPage(undefined)).toMatchObject({ lanes: [{ params: {} }], windowed: false });
    expect(planPage({ streamPrefixes: ['alpha'] }).windowed).toBe(true);
    expect(planPage({ streamPrefixes: ['alpha-1'] }).windowed).toBe(true);
    expect(planPage({ streamPrefixes: ['alpha-', 'alpha-1'] })).toMatchObject({ lanes: [{ params: { category: 'alpha' } }], windowed: false });
  });

  it('gives each type and each category one lane, so no event is read twice', () => {
    expect(planPage({ eventTypes: ['A', 'B', 'A'] }).lanes.map((lane) => lane.params)).toEqual([{ type: 'A' }, { type: 'B' }]);
    expect(planPage({ streamPrefixes: ['x-1', 'y-', 'x-2'] }).lanes.map((lane) => lane.params)).toEqual([
      { category: 'x', prefix0: 'x-1', prefix1: 'x-2' },
      { category: 'y' },
    ]);
  });

  it('writes the page size into every query instead of binding it (SQLite prepares a bound LIMIT again at every read)', () => {
    for (const filter of [undefined, { eventTypes: ['A', 'B'] }, { streamPrefixes: ['x-'] }] as Array<AllFilter | undefined>) {
      const plan = planPage(filter, 200);
      for (const lane of [...plan.lanes, ...(plan.scan ? [plan.scan] : [])]) {
        expect(lane.sql).toMatch(/ LIMIT 200$/);
        expect(lane.positionsSql).toMatch(/ LIMIT 200$/);
        expect(`${lane.sql} ${lane.positionsSql}`).not.toContain('@limit');
      }
    }
    expect(() => planPage(undefined, 0)).toThrow(RangeError);
    expect(() => planPage(undefined, 1.5)).toThrow(RangeError);
  });
});
