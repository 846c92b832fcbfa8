import { addDays, endOfDayInstant } from '@app/kernel';
import { decodeCursor, encodeCursor, take, type ReadScope, type ReadSource, type ScoreRange, type ZEntry } from '@app/platform/read-query';
import { itemKeys as K } from './follow-up-items.keys';
import type { FollowUpItemView } from './follow-up-item.view';
import { itemCandidates, type CandidateOptions, type Clause } from './item-candidates';
import type { ItemFacts } from './item-facts';
import { awaitingOnTime, readItems, type ItemRead } from './item-reads';

export interface ItemFilters {
  entity?: string;
  unit?: string;
  /** Two-digit code or `national`. */
  province?: string;
  kind?: string;
  status?: string;
  source?: string;
  open?: boolean;
  overdue?: boolean;
  /** Calendar dates: dueOn strictly before / after. */
  dueBefore?: string;
  dueAfter?: string;
  /** Instants (ms): dueAt in (dueFrom, dueTo]. */
  dueFrom?: number;
  dueTo?: number;
}

export interface ItemPage<T> {
  /** The instant overdue is judged at. */
  at: string;
  items: T[];
  /** Opaque (dueAt, stream) of the last item: the next page starts strictly after it. */
  nextCursor: string | null;
}

/**
 * The provinces a query of open items is confined to (its filter, or an officer's provinces),
 * whose own sorted sets then drive the walk: no intersection with the provinces' indexes, whose
 * size grows with every item a province ever had.
 */
function provincesOf(f: ItemFilters, scope: ReadScope): string[] | undefined {
  if (f.open !== true && f.overdue !== true) return undefined;
  if (f.province !== undefined) return [f.province];
  return scope.kind === 'provinces' ? [...new Set(scope.provinces)] : undefined;
}

/** The sorted sets to walk by due instant, and whether they already confine the walk to the provinces. */
function driversOf(f: ItemFilters, scope: ReadScope): { drivers: string[]; byProvince: boolean } {
  const provinces = provincesOf(f, scope);
  if (provinces !== undefined) return { drivers: provinces.map((province) => K.openDueIn(province)), byProvince: true };
  return { drivers: [f.open === true || f.overdue === true ? K.openDue : K.due], byProvince: false };
}

function clausesOf(f: ItemFilters, scope: ReadScope, byProvince: boolean): Clause[] {
  const clauses: Clause[] = [];
  if (f.entity !== undefined) clauses.push([K.byEntity(f.entity)]);
  if (f.unit !== undefined) clauses.push([K.byUnit(f.unit)]);
  if (f.province !== undefined && !byProvince) clauses.push([K.byProvince(f.province)]);
  if (f.kind !== undefined) clauses.push([K.byKind(f.kind)]);
  if (f.source !== undefined) clauses.push([K.bySource(f.source)]);
  // Legacy path: a v1 history's implied fulfilment keeps an item in belum_sesuai and open until read.
  if (f.status !== undefined) clauses.push(f.status === 'sesuai' ? [K.byStatus('sesuai'), K.unsettled] : [K.byStatus(f.status)]);
  if (f.open === false) clauses.push([K.closed, K.unsettled]);
  if (scope.kind === 'entity') clauses.push([K.byEntity(scope.entityCode)]);
  if (scope.kind === 'provinces' && f.province === undefined && !byProvince) clauses.push(scope.provinces.map((p) => K.byProvince(p)));
  return clauses;
}

/** Score bounds that contain every match; the exact test (dueOn in the item's own zone) comes after. */
function rangeOf(f: ItemFilters, now: Date): ScoreRange {
  let min = -Infinity;
  let max = Infinity;
  if (f.dueAfter !== undefined) min = endOfDayInstant(addDays(f.dueAfter, 1), 'WIT').getTime();
  if (f.dueBefore !== undefined) max = endOfDayInstant(addDays(f.dueBefore, -1), 'WIB').getTime();
  if (f.overdue === true) max = Math.min(max, now.getTime());
  if (f.dueFrom !== undefined) min = Math.max(min, f.dueFrom + 1);
  if (f.dueTo !== undefined) max = Math.min(max, f.dueTo);
  return { min, max };
}

function matches(v: FollowUpItemView, f: ItemFilters): boolean {
  const dueAt = Date.parse(v.deadline.dueAt);
  return (
    (f.status === undefined || v.status === f.status) &&
    (f.open === undefined || v.open === f.open) &&
    (f.overdue === undefined || v.overdue === f.overdue) &&
    (f.dueBefore === undefined || v.deadline.dueOn < f.dueBefore) &&
    (f.dueAfter === undefined || v.deadline.dueOn > f.dueAfter) &&
    (f.dueFrom === undefined || dueAt > f.dueFrom) &&
    (f.dueTo === undefined || dueAt <= f.dueTo)
  );
}

/**
 * The share of an overdue queue's candidates expected to pass the on-time check before any was
 * checked: its first take is a page over this. Items awaiting a timely verdict sit among the
 * overdue by due instant; at 1,000,000 events (bench:projections) about a third of a province's
 * first candidates were such items, and a first take of one page then needed a second round of
 * checks and reads: about 9 round trips per page, against 4 with this guess (and the facts the
 * check read handed on to the reads).
 */
const FIRST_KEEP_SHARE = 2 / 3;

export interface ListOptions<T> extends Pick<CandidateOptions, 'plan' | 'chunk'> {
  /** Turns each match into the answer's item (the owed list adds its action items). */
  shape?: (read: ItemRead) => T;
  /** 'all': read every recommendation's facts (for `shape`); default only to settle legacy items. */
  facts?: 'all' | 'unsettled';
}

/** Follow-up items matching the filters within the reader's scope, by due instant then stream name, `limit` per page. */
export async function listItems<T = FollowUpItemView>(
  source: ReadSource,
  scope: ReadScope,
  query: ItemFilters & { cursor?: string; limit: number },
  options: ListOptions<T> = {},
): Promise<ItemPage<T>> {
  const shape = options.shape ?? ((read: ItemRead) => read.view as T);
  const cursor = decodeCursor(query.cursor, ['n', 's']);
  const after = cursor ? { score: cursor[0] as number, member: cursor[1] as string } : undefined;
  const { drivers, byProvince } = driversOf(query, scope);
  const candidates = itemCandidates(source, drivers, clausesOf(query, scope, byProvince), rangeOf(query, source.now), after, { limit: query.limit, plan: options.plan, chunk: options.chunk });
  const items: T[] = [];
  let last: ZEntry | undefined;
  // Candidates past the on-time check (overdue queues), not read yet, and the facts it read.
  const ready: ZEntry[] = [];
  const knownFacts = new Map<string, ItemFacts>();
  const rates = { taken: 0, kept: 0, read: 0, matched: 0 };
  let done = false;
  // Each round reads a page's worth of what is still missing, scaled by the share of read items
  // that matched so far; first it takes enough candidates for that, scaled by the share that
  // passed the on-time check. Every round is a few round trips, so guessing well saves whole ones.
  for (;;) {
    const matchShare = rates.read === 0 ? 1 : Math.max(rates.matched / rates.read, 1 / 16);
    const want = Math.min(Math.ceil((query.limit + 1 - items.length) / matchShare), 1_000);
    while (ready.length < want && !done) {
      const keepShare = rates.taken === 0 ? (query.overdue === true ? FIRST_KEEP_SHARE : 1) : Math.max(rates.kept / rates.taken, 1 / 16);
      const taken = await take(candidates, Math.min(Math.ceil((want - ready.length) / keepShare), 1_000));
      done = taken.done;
      // An overdue queue first passes over the items a timely follow-up keeps off it (cheaply).
      const check = query.overdue === true ? await awaitingOnTime(source, taken.entries.map((e) => e.member)) : undefined;
      check?.facts.forEach((facts, sid) => knownFacts.set(sid, facts));
      const kept = check ? taken.entries.filter((_, i) => !check.onTime[i]) : taken.entries;
      rates.taken += taken.entries.length;
      rates.kept += kept.length;
      ready.push(...kept);
    }
    const entries = ready.splice(0, want);
    const reads = await readItems(source, entries.map((e) => e.member), { facts: options.facts ?? 'unsettled', knownFacts });
    rates.read += entries.length;
    for (const [i, read] of reads.entries()) {
      if (!read || !matches(read.view, query)) continue;
      rates.matched += 1;
      if (items.length === query.limit) return page(source, items, last);
      items.push(shape(read));
      last = entries[i];
    }
    if (done && ready.length === 0) return page(source, items, undefined);
  }
}

const page = <T>(source: ReadSource, items: T[], last: ZEntry | undefined): ItemPage<T> => ({
  at: source.now.toISOString(),
  items,
  nextCursor: last ? encodeCursor([last.score, last.member]) : null,
});
