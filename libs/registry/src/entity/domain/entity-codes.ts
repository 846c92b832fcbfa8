import type { Jurisdiction } from '@app/kernel';

export const ENTITY_KINDS = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Regional governments: identified by a Kemendagri region code and located in a province. */
export const PEMDA_KINDS: readonly EntityKind[] = ['provinsi', 'kabupaten', 'kota'];

export const isPemda = (kind: EntityKind): boolean => PEMDA_KINDS.includes(kind);

/** Code formats per kind: Kemendagri codes for pemda, a short uppercase code for national bodies. */
export const CODE_PATTERNS: Record<EntityKind, RegExp> = {
  provinsi: /^\d{2}$/,
  kabupaten: /^\d{2}\.\d{2}$/,
  kota: /^\d{2}\.\d{2}$/,
  kementerian: /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/,
  lembaga: /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/,
};

export const NATIONAL_CODE_MAX_LENGTH = 40;

/** Human-readable form of the allowed code, for error messages' `allowed`. */
export const CODE_FORMATS: Record<EntityKind, string> = {
  provinsi: 'NN (two digits, e.g. 63)',
  kabupaten: 'NN.NN (e.g. 64.01)',
  kota: 'NN.NN (e.g. 64.71)',
  kementerian: `uppercase letters, digits and single dashes, starting with a letter, ≤ ${NATIONAL_CODE_MAX_LENGTH} characters (e.g. K-KEMENDAGRI)`,
  lembaga: `uppercase letters, digits and single dashes, starting with a letter, ≤ ${NATIONAL_CODE_MAX_LENGTH} characters (e.g. L-BPOM)`,
};

export function isValidEntityCode(code: string, kind: EntityKind): boolean {
  if (!CODE_PATTERNS[kind].test(code)) return false;
  return isPemda(kind) || code.length <= NATIONAL_CODE_MAX_LENGTH;
}

/** Province of a provider: the Kemendagri code's first two digits for pemda; null for national bodies. */
export function provinceCodeOf(code: string, kind: EntityKind): string | null {
  return isPemda(kind) ? code.slice(0, 2) : null;
}

export function jurisdictionOf(code: string, kind: EntityKind): Jurisdiction {
  return { entityCode: code, provinceCode: provinceCodeOf(code, kind) };
}

/** Unit ids are slugs: `dpmptsp`, `puskesmas-senaken`. */
export const UNIT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const UNIT_ID_MAX_LENGTH = 64;
export const UNIT_ID_FORMAT = `lowercase letters, digits and single dashes, ≤ ${UNIT_ID_MAX_LENGTH} characters (e.g. puskesmas-senaken)`;

export const isValidUnitId = (unitId: string): boolean =>
  UNIT_ID_PATTERN.test(unitId) && unitId.length <= UNIT_ID_MAX_LENGTH;
