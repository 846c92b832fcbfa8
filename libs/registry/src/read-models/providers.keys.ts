import { NATIONAL } from '@app/platform/read-query';

/** The `providers` read model's keys, relative to its namespace. */
export const PROVIDERS_READ_MODEL = 'providers';

/** Index members all score 0, so each index is ordered by code (byte order: pemda codes, then national bodies). */
export const INDEX_SCORE = 0;

/** Providers without a province (kementerian, lembaga) are indexed, and filtered, as the read scope's NATIONAL province. */
export const NATIONAL_INDEX = NATIONAL;

export const providerKeys = {
  /** Hash: code, name, kind, provinceCode ('' for national bodies), parentCode (''), timezone, units (a count). */
  provider: (code: string): string => `provider:${code}`,
  /**
   * Sorted set of provider codes (all score 0, so ZRANGEBYLEX pages it) narrowed by province
   * and/or kind: one index per filter combination, so a filtered list scans only what it returns.
   */
  index: (filter: { province?: string; kind?: string }): string => {
    if (filter.province !== undefined && filter.kind !== undefined) return `by-province-kind:${filter.province}:${filter.kind}`;
    if (filter.province !== undefined) return `by-province:${filter.province}`;
    if (filter.kind !== undefined) return `by-kind:${filter.kind}`;
    return 'all';
  },
} as const;
