import type { AllFilter } from '../event-store.port';
import { FIRST_PACE, LANE_WINDOW_PAGES, SCAN_WINDOW_PAGES, nextPace, planPage, type PagePace } from './page-plan';
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
    const lanes: PagePace = { walk: false, windowPages: 4 };
    const walk: PagePace = { walk: true, windowPages: 4 };
    expect(nextPace(lanes, 250, 1000n, 500).walk).toBe(true);
    expect(nextPace(lanes, 249, 1000n, 500).walk).toBe(false);
    expect(nextPace(walk, 125, 1000n, 500).walk).toBe(true);
    expect(nextPace(walk, 124, 1000n, 500).walk).toBe(false);
    // An empty stretch (nothing examined) keeps whatever the read was doing.
    expect(nextPace(walk, 0, 0n, 500)).toEqual(walk);
    expect(nextPace(lanes, 0, 0n, 500)).toEqual(lanes);
  });

  it('lets a read of a few rare types cross a long empty stretch of the log in a handful of pages, not one page per window', () => {
    // 1,000,000 positions holding none of the types, pages of 500: the lanes' window grows each page.
    let pace = FIRST_PACE;
    let position = 0n;
    let pages = 0;
    while (position < 1_000_000n) {
      const examined = BigInt(pace.windowPages * 500);
      pace = nextPace(pace, 0, examined, 500);
      position += examined;
      pages++;
    }
    expect(pages).toBeLessThanOrEqual(8);
    expect(pace.walk).toBe(false);
    // A cluster found after the stretch: the window shrinks to twice what the page needed.
    expect(nextPace(pace, 500, 20_000n, 500)).toEqual({ walk: false, windowPages: 80 });
    expect(nextPace(pace, 500, 600n, 500)).toEqual({ walk: true, windowPages: 3 });
  });

  it('keeps a read of nearly every type walking the log, each walk at most a window of twice the page it keeps', () => {
    // The shared rebuild: every position examined is wanted.
    let pace = nextPace(FIRST_PACE, 500, 500n, 500);
    expect(pace).toEqual({ walk: true, windowPages: LANE_WINDOW_PAGES });
    for (let page = 0; page < 100; page++) pace = nextPace(pace, 500, 500n, 500);
    expect(pace).toEqual({ walk: true, windowPages: LANE_WINDOW_PAGES });
    // A walk reads every row of its window: after a sparser page it looks further, never past SCAN_WINDOW_PAGES.
    expect(nextPace(pace, 150, 1000n, 500)).toEqual({ walk: true, windowPages: 8 });
    expect(nextPace({ walk: true, windowPages: SCAN_WINDOW_PAGES }, 1300, 10_000n, 500)).toEqual({ walk: true, windowPages: SCAN_WINDOW_PAGES });
    // Lanes over types a fifth of the log look twice as far as a page needed: together they read about two index entries per row kept.
    expect(nextPace(FIRST_PACE, 500, 2400n, 500)).toEqual({ walk: false, windowPages: 10 });
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
