import type { components } from '../../api/schema';
import { methodologyOf } from '../providers/providers-api';

type Catalog = components['schemas']['MethodologyCatalogView'];

/** The province filter's value for ministries and agencies, as the API spells it. */
export const NATIONAL_BODIES = 'national';

/** How many years the per-year charts show, ending at the chosen one. */
export const WINDOW = 5;

/** Years an assessment could be held, oldest first, up to the latest assessed: a methodology covers them and none is a gap (2020). */
export function assessableYears(catalog: Catalog, latest: number): number[] {
  const first = Math.min(...catalog.methodologies.map((m) => m.fromYear ?? latest));
  const gaps = new Set(catalog.gaps.map((g) => g.year));
  const years: number[] = [];
  for (let y = first; y <= latest; y++) if (!gaps.has(y) && methodologyOf(catalog.methodologies, y)) years.push(y);
  return years;
}

/** The chosen year and the assessed years before it, at most WINDOW, oldest first. */
export function windowEndingAt(years: readonly number[], year: number): number[] {
  return years.filter((y) => y <= year).slice(-WINDOW);
}
