import type { MethodologyCatalog } from '../methodology/methodology-catalog';
import { ZONES, fromHundredths, toHundredths, type Zone } from '../methodology/methodology';

export type Direction = 'up' | 'down' | 'same';

/** What a year's result is compared on. */
export interface GradeFacts {
  year: number;
  score: number;
  category: string | null;
  zone: Zone;
  methodologyId: string;
}

/** A year against the provider's previous assessed year (2021 compares with 2019: none in 2020). */
export interface ComplianceChange {
  previousYear: number;
  previousScore: number;
  /** Two decimals, computed in hundredths so 78.00 − 77.99 is exactly 0.01. */
  scoreDelta: number;
  /** Null direction when either year has no category (the zone-only survey years). */
  category: { from: string | null; to: string | null; direction: Direction | null };
  zone: { from: Zone; to: Zone; direction: Direction };
}

/** The lower limit (hundredths) of a category's band in the method that graded it; null if unknown. */
export type CategoryFloor = (methodologyId: string, category: string | null) => number | null;

/**
 * Categories are ordered by their band's lower limit, not by letter: that stays right when a
 * later method renames or adds categories, and compares across methods (2024 B vs 2025 A).
 */
export function categoryFloors(catalog: MethodologyCatalog): CategoryFloor {
  const floors = new Map<string, number>();
  for (const m of catalog.list().methodologies) {
    for (const band of m.bands) if (band.category !== null) floors.set(`${m.id}\u0000${band.category}`, toHundredths(band.min) ?? 0);
  }
  return (methodologyId, category) => (category === null ? null : (floors.get(`${methodologyId}\u0000${category}`) ?? null));
}

const direction = (from: number, to: number): Direction => (to > from ? 'up' : to < from ? 'down' : 'same');

export function changeBetween(previous: GradeFacts, current: GradeFacts, floor: CategoryFloor): ComplianceChange {
  const before = floor(previous.methodologyId, previous.category);
  const after = floor(current.methodologyId, current.category);
  return {
    previousYear: previous.year,
    previousScore: previous.score,
    scoreDelta: fromHundredths((toHundredths(current.score) ?? 0) - (toHundredths(previous.score) ?? 0)),
    category: { from: previous.category, to: current.category, direction: before === null || after === null ? null : direction(before, after) },
    zone: { from: previous.zone, to: current.zone, direction: direction(ZONES.indexOf(previous.zone), ZONES.indexOf(current.zone)) },
  };
}

/** Over a provider's whole history: first to last assessed year. */
export interface ComplianceTrend {
  fromYear: number;
  toYear: number;
  scoreDelta: number;
  direction: Direction;
}

export function trendOf(history: GradeFacts[]): ComplianceTrend | null {
  if (history.length < 2) return null;
  const first = history[0];
  const last = history[history.length - 1];
  const delta = (toHundredths(last.score) ?? 0) - (toHundredths(first.score) ?? 0);
  return { fromYear: first.year, toYear: last.year, scoreDelta: fromHundredths(delta), direction: direction(0, delta) };
}
