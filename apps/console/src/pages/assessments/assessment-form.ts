import type { components } from '../../api/schema';

export type Assessment = components['schemas']['AssessmentView'];
export type LocusRequest = components['schemas']['LocusRequestDto'];

/**
 * A score as officers type it: `87,27` (Indonesian) or `87.27`, at most two decimals. Undefined when
 * empty, null when it is not a score; the API still judges the range and says why.
 */
export function parseScore(text: string): number | null | undefined {
  const value = text.trim().replace(',', '.');
  if (value === '') return undefined;
  return /^\d{1,3}(\.\d{1,2})?$/.test(value) ? Number(value) : null;
}

/** A locus row on the form: the unit chosen and its score as typed. */
export interface LocusRow {
  key: number;
  unitId: string | null;
  score: string;
}

/** The rows filled in, as the API takes them; a half-filled row is sent as it is so the API can name it. */
export function lociOf(rows: readonly LocusRow[]): LocusRequest[] {
  return rows.filter((r) => r.unitId !== null || r.score.trim() !== '').map((r) => ({ unitId: r.unitId ?? '', score: parseScore(r.score) ?? Number.NaN }));
}

export const assessmentPath = (id: string) => `/penilaian/${encodeURIComponent(id)}`;
