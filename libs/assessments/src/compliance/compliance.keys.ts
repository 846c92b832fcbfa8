import { NATIONAL } from '@app/platform/read-query';

/** The `compliance` read model's keys, relative to its namespace. */
export const COMPLIANCE_READ_MODEL = 'compliance';

/** Index token for zone-only years (no category). */
export const NO_CATEGORY = 'none';

export const complianceKeys = {
  /** Hash: name, kind, provinceCode, parentCode (EntityRegistered). */
  entity: (code: string): string => `entity:${code}`,
  /** Set of provider codes of one kind (kementerian, lembaga, provinsi, kabupaten, kota). */
  kind: (kind: string): string => `kind:${kind}`,
  /** Hash: one provider's assessment for one year, as last recorded or corrected. */
  assessment: (code: string, year: number): string => `a:${code}:${year}`,
  /** Sorted set: the years a provider was assessed (score = year). */
  yearsOf: (code: string): string => `years:${code}`,
  /** Sorted set: every year with an assessment (score = year). */
  years: 'years',
  /** Sorted set: providers assessed in a year, scored by score in hundredths (ranking order). */
  year: (year: number): string => `y:${year}`,
  /** Sets of provider codes assessed in a year, by province, category and zone. */
  yearProvince: (year: number, province: string | null): string => `y:${year}:province:${province ?? NATIONAL}`,
  yearCategory: (year: number, category: string | null): string => `y:${year}:category:${category ?? NO_CATEGORY}`,
  yearZone: (year: number, zone: string): string => `y:${year}:zone:${zone}`,
} as const;
