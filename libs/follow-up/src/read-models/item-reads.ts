import { pipelined, type ReadSource, type RedisCommand } from '@app/agreements/read-models/read-query';
import { itemKeys as K } from './follow-up-items.keys';
import { itemView, type FollowUpItemView } from './follow-up-item.view';
import { fulfilment, parseFacts, type Fulfilment, type ItemFacts } from './item-facts';

export interface ItemRead {
  view: FollowUpItemView;
  /** Present for recommendations when asked for (`facts: 'all'`). */
  facts: ItemFacts | null;
}

export interface ReadItemsOptions {
  /** 'all': every recommendation's facts (the owed list); else only those needed to settle items. */
  facts: 'all' | 'unsettled';
  /** Only open items can match: fulfilled ones are not read at all. */
  openOnly: boolean;
}

type Hash = Record<string, string>;

const hgetall = (key: string): RedisCommand => ['hgetall', key];

/**
 * Items by stream name, settling those a sesuai verdict or an item closure may have fulfilled:
 * first which are unsettled, then their facts (and the settled items' hashes), then the rest.
 * A fulfilment found is remembered (it stays true), so it is not read again. Null: not an item,
 * or (openOnly) a fulfilled one.
 */
export async function readItems(source: ReadSource, sids: string[], options: ReadItemsOptions): Promise<Array<ItemRead | null>> {
  const { redis, view, memo } = source;
  const k = view.key;
  const known = sids.map((sid) => memo?.get<Fulfilment>(`fulfilled:${sid}`) ?? null);
  const [flags, ...allFacts] = await pipelined(redis, [
    ['smismember', k(K.unsettled), ...sids],
    ...(options.facts === 'all' ? sids.map((sid): RedisCommand => hgetall(k(K.facts(sid)))) : []),
  ]);
  const unsettled = sids.map((_, i) => (flags as number[])[i] === 1 && known[i] === null);
  const facts: Array<Hash | null> = options.facts === 'all' ? (allFacts as Hash[]) : sids.map(() => null);
  const settled = [...known];
  const hashes: Array<Hash | null> = sids.map(() => null);
  // Second: facts to settle with, and the hashes of items whose settlement is already clear.
  const second = sids.flatMap((sid, i): Array<[number, 'facts' | 'item', RedisCommand]> => [
    ...(unsettled[i] && !facts[i] ? [[i, 'facts', hgetall(k(K.facts(sid)))] as [number, 'facts', RedisCommand]] : []),
    ...(!unsettled[i] && !(options.openOnly && known[i]) ? [[i, 'item', hgetall(k(K.item(sid)))] as [number, 'item', RedisCommand]] : []),
  ]);
  (await pipelined(redis, second.map(([, , command]) => command))).forEach((reply, j) => {
    const [i, what] = second[j];
    if (what === 'facts') facts[i] = reply as Hash;
    else hashes[i] = reply as Hash;
  });
  sids.forEach((sid, i) => {
    if (!unsettled[i]) return;
    settled[i] = fulfilment(parseFacts(facts[i] ?? {}));
    if (settled[i]) memo?.set(`fulfilled:${sid}`, settled[i]);
  });
  const third = sids.map((_, i) => i).filter((i) => unsettled[i] && !(options.openOnly && settled[i]));
  (await pipelined(redis, third.map((i): RedisCommand => hgetall(k(K.item(sids[i])))))).forEach((reply, j) => (hashes[third[j]] = reply as Hash));
  const names = await entityNames(source, hashes);
  return sids.map((sid, i) => {
    const h = hashes[i];
    if (!h?.subject) return null;
    const parsed = h.subject === 'recommendation' && facts[i] ? parseFacts(facts[i] as Hash) : null;
    return { view: itemView(sid, h, names.get(h.entityCode) ?? null, settled[i], source.now), facts: options.facts === 'all' ? parsed : null };
  });
}

/** Providers' names (they never change, so they are remembered). */
async function entityNames(source: ReadSource, hashes: Array<Hash | null>): Promise<Map<string, string | null>> {
  const codes = [...new Set(hashes.filter((h): h is Hash => !!h?.entityCode).map((h) => h.entityCode))];
  const names = new Map(codes.map((code) => [code, source.memo?.get<string>(`name:${code}`) ?? null]));
  const missing = codes.filter((code) => names.get(code) === null);
  (await pipelined(source.redis, missing.map((code): RedisCommand => ['hget', source.view.key(K.entity(code)), 'name']))).forEach((name, j) => {
    names.set(missing[j], name as string | null);
    if (name) source.memo?.set(`name:${missing[j]}`, name);
  });
  return names;
}
