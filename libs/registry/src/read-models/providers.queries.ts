import type { TimeZone } from '@app/kernel';
import { decodeCursor, encodeCursor, hashesOf, take, type ReadScope, type ReadSource } from '@app/platform/read-query';
import type { EntityKind } from '../entity/domain/entity-codes';
import { scanCodeIndexes } from './code-index-scan';
import { matchesSearch, providerSearch } from './provider-search';
import { NATIONAL_INDEX, PROVIDERS_READ_MODEL, providerKeys as K } from './providers.keys';

export { PROVIDERS_READ_MODEL };

/**
 * Candidates one request examines at most (besides the page itself): a search for a rare name
 * answers a partial page with a cursor rather than reading every provider in one go.
 */
export const SEARCH_BUDGET = 1_000;

const CHUNK = 200;

export interface ProviderListParams {
  /** Two-digit province code or `national`. */
  province?: string;
  kind?: EntityKind;
  q?: string;
  cursor?: string;
  limit: number;
}

export interface ProviderListItem {
  code: string;
  name: string;
  kind: EntityKind;
  provinceCode: string | null;
  parentCode: string | null;
  timezone: TimeZone;
  units: number;
}

export interface ProviderList {
  items: ProviderListItem[];
  nextCursor: string | null;
}

const nullable = (value: string | undefined): string | null => (value ? value : null);

function itemOf(row: Record<string, string>): ProviderListItem {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as EntityKind,
    provinceCode: nullable(row.provinceCode),
    parentCode: nullable(row.parentCode),
    timezone: row.timezone as TimeZone,
    units: Number(row.units ?? 0),
  };
}

/** The indexes that hold exactly the providers the reader may see under the filters, or a single provider for a liaison. */
function candidatesOf(scope: ReadScope, params: ProviderListParams): { keys: string[] } | { code: string } {
  const kind = params.kind;
  if (scope.kind === 'entity') return { code: scope.entityCode };
  if (params.province !== undefined || scope.kind === 'all') return { keys: [K.index({ province: params.province, kind })] };
  return { keys: [...scope.provinces].sort().map((province) => K.index({ province, kind })) };
}

/**
 * Providers the reader may see, in code order, narrowed by province, kind and q. The caller
 * has already refused (403) a province filter outside the scope. A page may hold fewer than
 * `limit` items (even none) with a nextCursor when q is rare: see SEARCH_BUDGET.
 */
export async function listProviders(source: ReadSource, scope: ReadScope, params: ProviderListParams): Promise<ProviderList> {
  const after = decodeCursor(params.cursor, ['s'])?.[0] as string | undefined;
  // A blank q searches for nothing in particular: it lists, like no q.
  const search = params.q === undefined || params.q.trim() === '' ? undefined : providerSearch(params.q);
  const keep = (row: Record<string, string>): boolean =>
    !!row.code &&
    (params.kind === undefined || row.kind === params.kind) &&
    (params.province === undefined || (row.provinceCode || NATIONAL_INDEX) === params.province) &&
    (search === undefined || matchesSearch(search, { code: row.code, name: row.name }));

  const candidates = candidatesOf(scope, params);
  if ('code' in candidates) {
    const [row] = await hashesOf(source.redis, [source.view.key(K.provider(candidates.code))]);
    const visible = (after === undefined || candidates.code > after) && keep(row);
    return { items: visible ? [itemOf(row)] : [], nextCursor: null };
  }

  const scan = scanCodeIndexes(source.redis, candidates.keys.map(source.view.key), after);
  const items: ProviderListItem[] = [];
  let examined = 0;
  for (;;) {
    const { entries: codes } = await take(scan, CHUNK);
    if (codes.length === 0) return { items, nextCursor: null };
    const rows = await hashesOf(source.redis, codes.map((code) => source.view.key(K.provider(code))));
    for (const row of rows) {
      if (!keep(row)) continue;
      // One more match than the page holds: there is a next page, and it starts after the last item.
      if (items.length === params.limit) return { items, nextCursor: encodeCursor([items[items.length - 1].code]) };
      items.push(itemOf(row));
    }
    examined += codes.length;
    // Out of budget: the next page resumes after the last code examined, whether it matched or not.
    if (examined >= SEARCH_BUDGET + params.limit) return { items, nextCursor: encodeCursor([codes[codes.length - 1]]) };
  }
}
