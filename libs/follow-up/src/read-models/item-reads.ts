import { pipelined, type ReadSource, type RedisCommand } from '@app/platform/read-query';
import { itemKeys as K } from './follow-up-items.keys';
import { itemView, type FollowUpItemView } from './follow-up-item.view';
import { fulfilment, parseFacts, type Fulfilment, type ItemFacts } from './item-facts';
import { submittedOnTime } from './lateness';

export interface ItemRead {
  view: FollowUpItemView;
  /** Present for recommendations when asked for (`facts: 'all'`). */
  facts: ItemFacts | null;
}

type Hash = Record<string, string>;

export interface ReadItemsOptions {
  /** 'all': every recommendation's facts (the owed list); else only those needed to settle legacy items. */
  facts: 'all' | 'unsettled';
  /** Facts already read for some of the items (by awaitingOnTime): not read again. */
  knownFacts?: ReadonlyMap<string, ItemFacts>;
}

/**
 * Items by stream name: their hashes, and in the same round trip which ones the projection marked
 * unsettled or awaiting a verdict; a second round trip only for the facts those need (every
 * recommendation's with `facts: 'all'`). Only v1 histories (a sesuai verdict or an item closure
 * stored before RecommendationFulfilled existed) are ever unsettled: the legacy path, settled
 * from facts on each read, never remembered. Null: not an item.
 */
export async function readItems(source: ReadSource, sids: string[], options: ReadItemsOptions): Promise<Array<ItemRead | null>> {
  if (sids.length === 0) return [];
  const { redis, view } = source;
  const k = view.key;
  const [flags, awaiting, ...hashes] = (await pipelined(redis, [
    ['smismember', k(K.unsettled), ...sids],
    ['smismember', k(K.byStatus('menunggu_verifikasi')), ...sids],
    ...sids.map((sid): RedisCommand => ['hgetall', k(K.item(sid))]),
  ])) as [number[], number[], ...Hash[]];
  // An item awaiting verification needs its follow-ups' dates to tell whether it is overdue (lateness).
  const withFacts = sids.map((_, i) => options.facts === 'all' || flags[i] === 1 || awaiting[i] === 1);
  const known = options.knownFacts;
  const unread = sids.map((sid, i) => withFacts[i] && !known?.has(sid));
  const factReplies = (await pipelined(redis, sids.flatMap((sid, i): RedisCommand[] => (unread[i] ? [['hgetall', k(K.facts(sid))]] : [])))) as Hash[];
  let at = 0;
  const rows = sids.map((sid, i) => {
    const hash = hashes[i];
    const facts = !withFacts[i] ? null : unread[i] ? parseFacts(factReplies[at++]) : (known?.get(sid) as ItemFacts);
    const settled: Fulfilment | null = flags[i] === 1 && facts ? fulfilment(facts) : null;
    return { sid, hash, facts, settled, onTime: awaiting[i] === 1 && submittedOnTime(facts, hash.dueOn) };
  });
  const names = await entityNames(source, rows.map((r) => r.hash));
  return rows.map(({ sid, hash, facts, settled, onTime }) =>
    hash.subject
      ? { view: itemView(sid, hash, names.get(hash.entityCode) ?? null, settled, source.now, onTime), facts: options.facts === 'all' && hash.subject === 'recommendation' ? facts : null }
      : null,
  );
}

export interface OnTimeCheck {
  /** Per item asked about: it awaits a verdict on a follow-up sent by its due date. */
  onTime: boolean[];
  /** The facts read on the way, of the items awaiting a verdict: readItems takes them (knownFacts). */
  facts: Map<string, ItemFacts>;
}

/**
 * For each item: whether it awaits a verdict on a follow-up sent by its due date (submittedOnTime),
 * which keeps it off the overdue queue whatever the hour. Reads only what that takes, the due
 * date and facts of the items awaiting verification, so an overdue queue can pass over them
 * without reading their whole hash: in a province's queue they can outnumber the overdue ones.
 */
export async function awaitingOnTime(source: ReadSource, sids: string[]): Promise<OnTimeCheck> {
  if (sids.length === 0) return { onTime: [], facts: new Map() };
  const k = source.view.key;
  const [awaiting] = (await pipelined(source.redis, [['smismember', k(K.byStatus('menunggu_verifikasi')), ...sids]])) as [number[]];
  const asked = sids.filter((_, i) => awaiting[i] === 1);
  const replies = await pipelined(source.redis, asked.flatMap((sid): RedisCommand[] => [['hget', k(K.item(sid)), 'dueOn'], ['hgetall', k(K.facts(sid))]]));
  const facts = new Map(asked.map((sid, j) => [sid, parseFacts(replies[2 * j + 1] as Hash)]));
  const onTime = new Set(asked.filter((sid, j) => submittedOnTime(facts.get(sid) as ItemFacts, (replies[2 * j] as string | null) ?? '')));
  return { onTime: sids.map((sid) => onTime.has(sid)), facts };
}

/** Providers' names (they never change, so they are remembered). */
async function entityNames(source: ReadSource, hashes: Hash[]): Promise<Map<string, string | null>> {
  const codes = [...new Set(hashes.filter((h) => h.entityCode).map((h) => h.entityCode))];
  const names = new Map(codes.map((code) => [code, source.memo?.get<string>(`name:${code}`) ?? null]));
  const missing = codes.filter((code) => names.get(code) === null);
  (await pipelined(source.redis, missing.map((code): RedisCommand => ['hget', source.view.key(K.entity(code)), 'name']))).forEach((name, j) => {
    names.set(missing[j], name as string | null);
    if (name) source.memo?.set(`name:${missing[j]}`, name);
  });
  return names;
}
