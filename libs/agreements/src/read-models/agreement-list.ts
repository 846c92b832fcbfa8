import { agreementKeys as K, type AgreementKind } from './agreements.keys';
import { agreementView, type AgreementReadView } from './agreement-views';
import { decodeCursor, encodeCursor, hashesOf, type ReadSource, type ReadScope, EVERYTHING, mergeScans, scanZset, take } from '@app/platform/read-query';

export interface AgreementListParams {
  /** Two-digit province code or `national`. */
  province?: string;
  kind?: AgreementKind;
  cursor?: string;
  limit: number;
}

export interface AgreementList {
  /** The instant statuses were judged at. */
  at: string;
  items: AgreementReadView[];
  nextCursor: string | null;
}

/** The dated indexes holding exactly what the reader may see under the filters (liaisons are refused before). */
function indexesOf(scope: ReadScope, params: AgreementListParams): string[] {
  const kind = params.kind;
  if (params.province !== undefined || scope.kind !== 'provinces') return [K.dated({ province: params.province, kind })];
  return scope.provinces.map((province) => K.dated({ province, kind }));
}

/**
 * MoUs and PKS of a province (or of every province the reader may see), oldest first by the
 * date each came into being (MoU signed, PKS drafted). The caller has refused a province
 * outside the scope; every entry of the indexes read is in scope, so pages are always full.
 */
export async function listAgreements(source: ReadSource, scope: ReadScope, params: AgreementListParams): Promise<AgreementList> {
  const after = decodeCursor(params.cursor, ['n', 's']);
  const from = after ? { score: after[0] as number, member: after[1] as string } : undefined;
  const scans = indexesOf(scope, params).map((index) => scanZset(source.redis, source.view.key(index), EVERYTHING, from));
  // One more than the page: whether a next page exists.
  const { entries } = await take(mergeScans(scans), params.limit + 1);
  const page = entries.slice(0, params.limit);
  const rows = await hashesOf(source.redis, page.map((entry) => source.view.key(entry.member)));
  const last = page[page.length - 1];
  return {
    at: source.now.toISOString(),
    items: rows.map((row) => agreementView(row, source.now)),
    nextCursor: entries.length > params.limit && last ? encodeCursor([last.score, last.member]) : null,
  };
}
