import { notFound } from '@app/kernel';
import { jurisdictionOfCode } from '@app/registry';
import { decodeCursor, encodeCursor, pipelined as run, requireCovers, type ReadScope, type ReadSource, type RedisCommand } from '@app/platform/read-query';
import { trendOf, type ComplianceTrend } from './compliance-change';
import { entryOf, gradeFactsOf, type ComplianceEntry } from './compliance-entry';
import type { ComplianceGrading } from './compliance-grading';
import { COMPLIANCE_READ_MODEL, complianceKeys as K } from './compliance.keys';

export { COMPLIANCE_READ_MODEL };

type Hash = Record<string, string>;

/** The latest year with any assessment, or null before the first. */
export async function latestYear(source: ReadSource): Promise<number | null> {
  const [year] = await source.redis.zrevrange(source.view.key(K.years), 0, 0);
  return year === undefined ? null : Number(year);
}

/** Entries for (code, year) pairs, each compared with the provider's previous assessed year. */
export async function entries(source: ReadSource, codes: string[], year: number, grading: ComplianceGrading): Promise<ComplianceEntry[]> {
  const k = source.view.key;
  const first = await run(
    source.redis,
    codes.flatMap((code): RedisCommand[] => [
      ['hgetall', k(K.assessment(code, year))],
      ['hgetall', k(K.entity(code))],
      ['zrevrangebyscore', k(K.yearsOf(code)), `(${year}`, '-inf', 'LIMIT', 0, 1],
    ]),
  );
  const previousYears = codes.map((_, i) => (first[i * 3 + 2] as string[])[0]);
  const previous = (await run(
    source.redis,
    codes.map((code, i): [string, string] => ['hgetall', k(K.assessment(code, Number(previousYears[i] ?? 0)))]),
  )) as Hash[];
  return codes.map((_, i) => entryOf(first[i * 3] as Hash, first[i * 3 + 1] as Hash, previousYears[i] ? previous[i] : null, grading.floor));
}

export interface EntityCompliance {
  entityCode: string;
  entityName: string | null;
  kind: string | null;
  provinceCode: string | null;
  years: ComplianceEntry[];
  trend: ComplianceTrend | null;
}

/** A provider's history, oldest first, each year against the one before; 404 when unknown. */
export async function entityCompliance(source: ReadSource, scope: ReadScope, code: string, grading: ComplianceGrading): Promise<EntityCompliance> {
  const k = source.view.key;
  const [entity, years] = (await run(source.redis, [['hgetall', k(K.entity(code))], ['zrange', k(K.yearsOf(code)), 0, -1]])) as [Hash, string[]];
  const rows = (await run(source.redis, years.map((y): [string, string] => ['hgetall', k(K.assessment(code, Number(y)))]))) as Hash[];
  const provinceCode = (entity.name ? entity.provinceCode : (rows[0]?.provinceCode ?? jurisdictionOfCode(code).provinceCode)) || null;
  // Scope first, from the code itself when the provider is unknown: foreign and unknown answer alike.
  requireCovers(scope, { entityCode: code, provinceCode });
  if (!entity.name && rows.length === 0) throw notFound('EntityNotFound', `Provider ${code} is not registered`);
  const history = rows.map((row, i) => entryOf(row, entity, i > 0 ? rows[i - 1] : null, grading.floor));
  return {
    entityCode: code,
    entityName: entity.name || null,
    kind: entity.kind || null,
    provinceCode,
    years: history,
    trend: trendOf(rows.map(gradeFactsOf)),
  };
}

export interface ComplianceListParams {
  year?: number;
  province?: string;
  kind?: string;
  category?: string;
  zone?: string;
  cursor?: string;
  limit: number;
}

export interface ComplianceList {
  year: number | null;
  items: ComplianceEntry[];
  nextCursor: string | null;
}

/** Providers assessed in a year, best score first (ties by code), filtered and paged by a (score, code) cursor. */
export async function listCompliance(source: ReadSource, scope: ReadScope, params: ComplianceListParams, grading: ComplianceGrading): Promise<ComplianceList> {
  const year = params.year ?? (await latestYear(source));
  if (year === null) return { year: null, items: [], nextCursor: null };
  const k = source.view.key;
  const filters = [
    ...(params.province !== undefined ? [K.yearProvince(year, params.province)] : []),
    ...(params.kind !== undefined ? [K.kind(params.kind)] : []),
    ...(params.category !== undefined ? [K.yearCategory(year, params.category === 'none' ? null : params.category)] : []),
    ...(params.zone !== undefined ? [K.yearZone(year, params.zone)] : []),
  ];
  const scopes = scope.kind === 'provinces' && params.province === undefined ? scope.provinces.map((p) => [K.yearProvince(year, p)]) : [[]];
  const ranked = (await run(source.redis, scopes.map((extra) => zinter([k(K.year(year)), ...[...filters, ...extra].map(k)])))).flatMap((reply) => pairs(reply as string[]));
  const visible = scope.kind === 'entity' ? ranked.filter((r) => r.code === scope.entityCode) : ranked;
  visible.sort((a, b) => b.hundredths - a.hundredths || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const after = decodeCursor(params.cursor, ['n', 's']);
  const start = after ? visible.findIndex((r) => r.hundredths < (after[0] as number) || (r.hundredths === after[0] && r.code > (after[1] as string))) : 0;
  const page = start < 0 ? [] : visible.slice(start, start + params.limit);
  const more = start >= 0 && start + params.limit < visible.length;
  const last = page[page.length - 1];
  return { year, items: await entries(source, page.map((r) => r.code), year, grading), nextCursor: more && last ? encodeCursor([last.hundredths, last.code]) : null };
}

function zinter(keys: string[]): RedisCommand {
  if (keys.length === 1) return ['zrange', keys[0], 0, -1, 'WITHSCORES'];
  return ['zinter', keys.length, ...keys, 'WEIGHTS', 1, ...keys.slice(1).map(() => 0), 'WITHSCORES'];
}

function pairs(flat: string[]): Array<{ code: string; hundredths: number }> {
  const out: Array<{ code: string; hundredths: number }> = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ code: flat[i], hundredths: Number(flat[i + 1]) });
  return out;
}
