import { TimeZone, invalid } from '@app/kernel';
import { EntityKind, provinceCodeOf } from './entity-codes';
import { NATIONAL_DEFAULT_TIME_ZONE, PROVINCE_CODES, timeZoneOfProvince } from './province-time-zones';

/**
 * The zone a provider's deadlines end in. A pemda's follows from its Kemendagri code (a kabupaten
 * or kota lies in its province's zone), so a given value may only confirm it: a contradicting one
 * is refused rather than silently stored, because every due date of that provider would shift by
 * an hour. A national body has no region to read it from: it takes the given zone, else Jakarta's.
 */
export function regionTimeZone(code: string, kind: EntityKind, given: TimeZone | null): TimeZone {
  const province = provinceCodeOf(code, kind);
  if (province === null) return given ?? NATIONAL_DEFAULT_TIME_ZONE;
  const derived = timeZoneOfProvince(province);
  if (derived === undefined) {
    throw invalid('UnknownProvince', `${province}, the province in code ${code}, is not an Indonesian province code`, [
      { field: 'code', message: `province ${province} is unknown`, allowed: PROVINCE_CODES },
    ]);
  }
  if (given !== null && given !== derived) {
    throw invalid('TimezoneContradictsRegion', `A ${kind} with code ${code} lies in ${derived}, not ${given}; omit timezone or send ${derived}`, [
      { field: 'timezone', message: `province ${province} lies in ${derived}`, allowed: [derived] },
    ]);
  }
  return derived;
}
