import type { MethodologyCatalog } from '../methodology/methodology-catalog';
import { coversYear } from '../methodology/methodology';
import { categoryFloors, type CategoryFloor } from './compliance-change';
import { NO_CATEGORY } from './compliance.keys';

export interface CategoryLabel {
  category: string;
  opinion: string | null;
}

/** What compliance queries need from the methodology catalog: category order and labels per year. */
export interface ComplianceGrading {
  floor: CategoryFloor;
  /** The year's categories, best first, as the Ombudsman announces them; [] for zone-only years. */
  categoriesOf(year: number): CategoryLabel[];
  /** Every value the `category` filter accepts. */
  categoryValues: string[];
}

export function complianceGrading(catalog: MethodologyCatalog): ComplianceGrading {
  const { methodologies, gaps } = catalog.list();
  const categoryValues = [...new Set(methodologies.flatMap((m) => m.bands.map((b) => b.category)).filter((c): c is string => c !== null)), NO_CATEGORY];
  return {
    floor: categoryFloors(catalog),
    categoriesOf(year) {
      if (gaps.some((g) => g.year === year)) return [];
      const method = methodologies.find((m) => coversYear(m, year));
      const bands = (method?.bands ?? []).filter((b) => b.category !== null);
      return [...bands].sort((a, b) => b.min - a.min).map((b) => ({ category: b.category as string, opinion: b.opinion }));
    },
    categoryValues: categoryValues.sort(),
  };
}

export const COMPLIANCE_GRADING = Symbol('ComplianceGrading');
