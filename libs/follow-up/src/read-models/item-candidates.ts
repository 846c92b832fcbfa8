import { pipelined, scanZset, take, type RedisCommand, type ReadSource, type ScoreRange, type ZEntry, compareEntries } from '@app/agreements/read-models/read-query';

/** Index sets a candidate must be in: at least one key of each clause. */
export type Clause = string[];

export interface CandidateOptions {
  limit: number;
  /** Default: chosen by size. Tests pin one to check both give the same answer. */
  plan?: 'materialize' | 'scan';
  /** Entries per round trip while walking the driver. Default 200. */
  chunk?: number;
  /** A set with the same members as the driver, so the small plan can intersect it in Redis. */
  driverSet?: string;
}

/**
 * The members of `driver` (a sorted set by due instant) within `range`, strictly after `after`,
 * that pass every clause, in (score, member) order. Two plans: when one clause is small
 * compared with the driver, read that clause's members and look their scores up (cost ∝ its
 * size); otherwise walk the driver in order and test membership chunk by chunk (cost ∝ what is
 * walked until the page fills).
 */
export async function* itemCandidates(source: ReadSource, driver: string, clauses: Clause[], range: ScoreRange, after: ZEntry | undefined, options: CandidateOptions): AsyncGenerator<ZEntry> {
  const k = source.view.key;
  const chunk = options.chunk ?? 200;
  if (clauses.some((clause) => clause.length === 0)) return;
  if (clauses.length === 0) return yield* scanZset(source.redis, k(driver), range, after, chunk);
  const cards = (await pipelined(source.redis, [['zcard', k(driver)], ...clauses.flatMap((c) => c.map((key): RedisCommand => ['scard', k(key)]))])) as number[];
  let at = 1;
  const sizes = clauses.map((c) => c.reduce((sum) => sum + cards[at++], 0));
  const smallest = sizes.indexOf(Math.min(...sizes));
  if (sizes[smallest] === 0) return;
  const small = sizes[smallest] <= 2_000 || sizes[smallest] ** 2 <= 4 * options.limit * cards[0];
  if (options.plan === 'materialize' || (options.plan === undefined && small)) {
    return yield* await materialized(source, driver, clauses, smallest, range, after, options.driverSet);
  }
  const scan = scanZset(source.redis, k(driver), range, after, chunk);
  for (;;) {
    const { entries, done } = await take(scan, chunk);
    const pass = await passing(source, entries.map((e) => e.member), clauses);
    yield* entries.filter((_, i) => pass[i]);
    if (done) return;
  }
}

async function materialized(source: ReadSource, driver: string, clauses: Clause[], smallest: number, range: ScoreRange, after: ZEntry | undefined, driverSet?: string): Promise<ZEntry[]> {
  const k = source.view.key;
  // Single-set clauses (and the driver's set) are intersected in Redis; a multi-set clause is united when it is the smallest.
  const single = clauses[smallest].length === 1;
  const sets = single ? [...clauses.filter((c) => c.length === 1).flat(), ...(driverSet ? [driverSet] : [])] : clauses[smallest];
  const [members] = (await pipelined(source.redis, [[single ? 'sinter' : 'sunion', ...sets.map(k)]])) as [string[]];
  if (members.length === 0) return [];
  const others = clauses.filter((c, i) => (single ? c.length > 1 : i !== smallest));
  const [pass, scores] = await Promise.all([
    passing(source, members, others),
    pipelined(source.redis, [['zmscore', k(driver), ...members]]) as Promise<[Array<string | null>]>,
  ]);
  return members
    .map((member, i) => ({ member, score: scores[0][i] === null ? NaN : Number(scores[0][i]), pass: pass[i] }))
    .filter((e) => e.pass && e.score >= range.min && e.score <= range.max && (!after || compareEntries(e, after) > 0))
    .map(({ member, score }) => ({ member, score }))
    .sort(compareEntries);
}

/** For each member: is it in at least one set of every clause? One round trip. */
async function passing(source: ReadSource, members: string[], clauses: Clause[]): Promise<boolean[]> {
  if (members.length === 0 || clauses.length === 0) return members.map(() => true);
  const keys = clauses.flat();
  const replies = (await pipelined(source.redis, keys.map((key): RedisCommand => ['smismember', source.view.key(key), ...members]))) as number[][];
  let at = 0;
  const perClause = clauses.map((clause) => replies.slice(at, (at += clause.length)));
  return members.map((_, i) => perClause.every((sets) => sets.some((reply) => reply[i] === 1)));
}
