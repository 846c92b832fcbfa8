import { pipelined, type ReadScope, type ReadSource, type RedisCommand } from '@app/platform/read-query';
import { ZONES, type Zone } from '../methodology/methodology';
import type { CategoryLabel, ComplianceGrading } from './compliance-grading';
import { latestYear } from './compliance.queries';
import { complianceKeys as K } from './compliance.keys';

export interface ComplianceSummary {
  year: number | null;
  /** national: every provider; provinces: only those of `provinces`. */
  area: 'national' | 'provinces';
  provinces: string[];
  assessed: number;
  categories: Array<CategoryLabel & { count: number }>;
  zones: Array<{ zone: Zone; count: number }>;
  /** As announced: "Kualitas Tertinggi (A): 3", "zona hijau: 12". */
  announcement: string[];
}

/** Best zone first, as results are announced. */
const ZONES_ANNOUNCED = [...ZONES].reverse();

/**
 * Counts per category and zone for one year, nationally or over some provinces (an officer's,
 * or the one asked for). Provinces' sets are disjoint, so their counts add up.
 */
export async function complianceSummary(source: ReadSource, scope: ReadScope, params: { year?: number; province?: string }, grading: ComplianceGrading): Promise<ComplianceSummary> {
  const year = params.year ?? (await latestYear(source));
  const provinces = params.province !== undefined ? [params.province] : scope.kind === 'provinces' ? scope.provinces : null;
  const labels = year === null ? [] : grading.categoriesOf(year);
  const empty = { year, area: provinces ? ('provinces' as const) : ('national' as const), provinces: provinces ?? [] };
  if (year === null) return { ...empty, assessed: 0, categories: [], zones: ZONES_ANNOUNCED.map((zone) => ({ zone, count: 0 })), announcement: [] };
  const k = source.view.key;
  const sets = [...labels.map((l) => k(K.yearCategory(year, l.category))), ...ZONES_ANNOUNCED.map((z) => k(K.yearZone(year, z)))];
  const perArea = (province: string | null): RedisCommand[] =>
    province === null
      ? [['zcard', k(K.year(year))], ...sets.map((set): RedisCommand => ['scard', set])]
      : [['scard', k(K.yearProvince(year, province))], ...sets.map((set): RedisCommand => ['sintercard', 2, k(K.yearProvince(year, province)), set])];
  const areas = provinces ?? [null];
  const replies = (await pipelined(source.redis, areas.flatMap(perArea))) as number[];
  const width = sets.length + 1;
  const total = (i: number) => areas.reduce((sum, _, a) => sum + Number(replies[a * width + i]), 0);
  const categories = labels.map((l, i) => ({ ...l, count: total(1 + i) }));
  const zones = ZONES_ANNOUNCED.map((zone, i) => ({ zone, count: total(1 + labels.length + i) }));
  return {
    ...empty,
    assessed: total(0),
    categories,
    zones,
    announcement: [...categories.map((c) => `${c.opinion ?? 'Kategori'} (${c.category}): ${c.count}`), ...zones.map((z) => `zona ${z.zone}: ${z.count}`)],
  };
}
