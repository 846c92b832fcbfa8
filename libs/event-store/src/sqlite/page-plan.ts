import type { AllFilter } from '../event-store.port';
import { EVENT_COLUMNS } from './rows';

/**
 * Rows per page of $all unless the store is given another size. Written into each page query's
 * SQL rather than bound: SQLite plans with a value bound to LIMIT, so such a statement is
 * prepared again at every read (every page of every subscriber).
 */
export const DEFAULT_PAGE_SIZE = 500;

/** One indexed query of a page: its events come back in position order, at most a page of them. */
export interface Lane {
  sql: string;
  /**
   * The same query returning positions only. Where the seek's index covers the whole condition
   * it is answered from the index alone: a page of many lanes reads each lane's candidates this
   * way, keeps the first page of the merge and fetches only those rows, rather than every
   * lane's full rows (a 24-type filter would otherwise decode ~24 rows per row it keeps).
   */
  positionsSql: string;
  params: Record<string, string>;
}

/**
 * How a page of $all is read for a filter. Each lane seeks an index ((type, position) or
 * (category, position)) to its first event after the cursor, so a projection that needs a
 * few types out of a million events reads those and not the log. Lanes never share an event
 * (one type or one category each); their rows are merged in position order. `windowed`: some matching condition is checked row by row (a prefix
 * longer than a category, or both filters at once), so a page examines a bounded window of
 * positions rather than every row of its lane up to the head.
 */
export interface PagePlan {
  lanes: Lane[];
  windowed: boolean;
  /**
   * For several type lanes: the same filter as one walk of the log in position order, each row's
   * type checked by SQLite, so rows of other types never reach JavaScript. Cheaper than seeking
   * and merging the lanes once the types cover much of the log (see nextPace); always windowed.
   */
  scan?: Lane;
}

/** Pushes `filter` down to the indexes; an empty or absent list does not constrain. */
export function planPage(filter: AllFilter | undefined, pageSize = DEFAULT_PAGE_SIZE): PagePlan {
  const lane = laneOfPages(pageSize);
  const types = [...new Set(filter?.eventTypes ?? [])];
  const prefixes = [...new Set(filter?.streamPrefixes ?? [])];
  if (types.length > 0) {
    const residual = prefixCondition(prefixes);
    const lanes = types.map((type) => lane('events_by_type', 'type = @type', { type }, residual));
    return { lanes, windowed: residual.sql !== '', ...(lanes.length > 1 ? { scan: typeScan(lane, types, residual) } : {}) };
  }
  if (prefixes.length === 0) return { lanes: [lane(undefined, '', {}, NONE)], windowed: false };
  const byCategory = groupByCategory(prefixes);
  if (!byCategory) return { lanes: [lane(undefined, '', {}, prefixCondition(prefixes))], windowed: true };
  // `<category>-` matches the whole category: the index alone answers it.
  const groups = [...byCategory].map(([category, group]) => ({ category, residual: group.includes(`${category}-`) ? NONE : prefixCondition(group) }));
  return {
    lanes: groups.map(({ category, residual }) => lane('events_by_category', 'category = @category', { category }, residual)),
    windowed: groups.some(({ residual }) => residual !== NONE),
  };
}

const NONE = { sql: '', params: {} };

/** A page whose filter is checked row by row (a prefix residual, or a walk) examines at most this many pages' worth of positions. */
export const SCAN_WINDOW_PAGES = 20;
/**
 * The smallest window of a page of several type lanes, in pages of positions: where the types
 * are dense, each lane then reads about its share of a page rather than a page of its own.
 */
export const LANE_WINDOW_PAGES = 2;

/** Far enough for any log (2^40 positions at a page of one); keeps the window a safe integer. */
const MAX_LANE_WINDOW_PAGES = 2 ** 40;

/** How a read of $all takes its next page: a walk of the log or a seek of the lanes, and how many pages of positions it may look at. */
export interface PagePace {
  walk: boolean;
  windowPages: number;
}

/** A read starts by seeking its lanes over the smallest window, as a subscription always does. */
export const FIRST_PACE: PagePace = { walk: false, windowPages: LANE_WINDOW_PAGES };

/**
 * The pace of a read of several type lanes, page by page, from what the last page kept out of the
 * positions it examined.
 *
 * Walk or lanes: after a page that kept at least a quarter of the positions it looked at, the
 * next page walks the log (PagePlan.scan); after a walk that kept less than an eighth, it seeks
 * the lanes again. Measured on a rebuild whose 30 types are nearly the whole log, merging the
 * lanes cost more than reading the rows. The gap between the two thresholds keeps a read near
 * one of them from switching every page.
 *
 * Window: the next page looks twice as far as this one needed for its page (a lane then reads
 * about twice the index entries the page keeps), and four times as far after a page that found
 * less than a page. A few rare types (a few thousand events in a million) thus cross an empty
 * stretch in a handful of pages, each a few index seeks, instead of one page per two pages of
 * positions (on 1,000,000 events, compliance's three types in 20 pages instead of ~950, twice
 * to four times as fast). A lane page reads at most a page of index entries per lane whatever its
 * window; a walk reads every row of its window, so its window stays between the lanes' smallest
 * and SCAN_WINDOW_PAGES, and a walk that leaves a dense stretch (registrations open the log)
 * reads at most twice the positions its last page needed before it seeks the lanes again.
 */
export function nextPace(pace: PagePace, kept: number, examined: bigint, pageSize: number): PagePace {
  if (examined <= 0n) return pace;
  const density = kept / Number(examined);
  const walk = pace.walk ? density >= 1 / 8 : density >= 1 / 4;
  const needed = Number(examined) / pageSize;
  const wanted = Math.ceil(kept >= pageSize ? 2 * needed : 4 * needed);
  const windowPages = Math.max(LANE_WINDOW_PAGES, walk ? Math.min(wanted, SCAN_WINDOW_PAGES) : Math.min(wanted, MAX_LANE_WINDOW_PAGES));
  return { walk, windowPages };
}

/** `+type`: SQLite must not answer the IN list through events_by_type, which would sort the window to return its first page. */
function typeScan(lane: LaneBuilder, types: string[], residual: { sql: string; params: Record<string, string> }): Lane {
  const params: Record<string, string> = {};
  types.forEach((type, i) => (params[`type${i}`] = type));
  const anyType = `+type IN (${types.map((_, i) => `@type${i}`).join(', ')})`;
  return lane(undefined, '', {}, { sql: [anyType, residual.sql].filter((c) => c !== '').join(' AND '), params: { ...params, ...residual.params } });
}


/**
 * Prefixes by the category they lie in (stream names are `<category>-<id>`, stream-names.ts).
 * Undefined when a prefix stops before the category's end: it spans categories, no index serves it.
 */
function groupByCategory(prefixes: string[]): Map<string, string[]> | undefined {
  const groups = new Map<string, string[]>();
  for (const prefix of prefixes) {
    const dash = prefix.indexOf('-');
    if (dash < 0) return undefined;
    const category = prefix.slice(0, dash);
    groups.set(category, [...(groups.get(category) ?? []), prefix]);
  }
  return groups;
}

/** Prefixes compare with substr() rather than LIKE/GLOB: exact and case-sensitive. */
function prefixCondition(prefixes: string[]): { sql: string; params: Record<string, string> } {
  if (prefixes.length === 0) return NONE;
  const params: Record<string, string> = {};
  prefixes.forEach((prefix, i) => (params[`prefix${i}`] = prefix));
  return { sql: `(${prefixes.map((_, i) => `substr(stream, 1, length(@prefix${i})) = @prefix${i}`).join(' OR ')})`, params };
}

type LaneBuilder = (index: string | undefined, seek: string, seekParams: Record<string, string>, residual: { sql: string; params: Record<string, string> }) => Lane;

/** INDEXED BY makes the seek a guarantee: SQLite refuses the query rather than fall back to a scan. */
function laneOfPages(pageSize: number): LaneBuilder {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError(`A page holds a positive whole number of events, not ${pageSize}`);
  return (index, seek, seekParams, residual) => {
    const conditions = [seek, 'position > @after AND position <= @upTo', residual.sql].filter((c) => c !== '');
    const from = `FROM events${index ? ` INDEXED BY ${index}` : ''} WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ${pageSize}`;
    return { sql: `SELECT ${EVENT_COLUMNS} ${from}`, positionsSql: `SELECT position ${from}`, params: { ...seekParams, ...residual.params } };
  };
}
