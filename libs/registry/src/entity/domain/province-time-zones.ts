import type { TimeZone } from '@app/kernel';

/**
 * Indonesia's provinces by Kemendagri code, with the zone each lies in (DOMAIN.md, "Time zones
 * by province code"; the Papua provinces as split in 2022). This table is the only place the
 * fact lives: a kabupaten or kota takes its province's zone, so a pemda's zone is never asked of
 * the caller, only checked against it. A code missing here is not a province the registry knows.
 */
export const PROVINCE_TIME_ZONES: Readonly<Record<string, { name: string; timeZone: TimeZone }>> = {
  '11': { name: 'Aceh', timeZone: 'WIB' },
  '12': { name: 'Sumatera Utara', timeZone: 'WIB' },
  '13': { name: 'Sumatera Barat', timeZone: 'WIB' },
  '14': { name: 'Riau', timeZone: 'WIB' },
  '15': { name: 'Jambi', timeZone: 'WIB' },
  '16': { name: 'Sumatera Selatan', timeZone: 'WIB' },
  '17': { name: 'Bengkulu', timeZone: 'WIB' },
  '18': { name: 'Lampung', timeZone: 'WIB' },
  '19': { name: 'Kepulauan Bangka Belitung', timeZone: 'WIB' },
  '21': { name: 'Kepulauan Riau', timeZone: 'WIB' },
  '31': { name: 'DKI Jakarta', timeZone: 'WIB' },
  '32': { name: 'Jawa Barat', timeZone: 'WIB' },
  '33': { name: 'Jawa Tengah', timeZone: 'WIB' },
  '34': { name: 'DI Yogyakarta', timeZone: 'WIB' },
  '35': { name: 'Jawa Timur', timeZone: 'WIB' },
  '36': { name: 'Banten', timeZone: 'WIB' },
  '51': { name: 'Bali', timeZone: 'WITA' },
  '52': { name: 'Nusa Tenggara Barat', timeZone: 'WITA' },
  '53': { name: 'Nusa Tenggara Timur', timeZone: 'WITA' },
  '61': { name: 'Kalimantan Barat', timeZone: 'WIB' },
  '62': { name: 'Kalimantan Tengah', timeZone: 'WIB' },
  '63': { name: 'Kalimantan Selatan', timeZone: 'WITA' },
  '64': { name: 'Kalimantan Timur', timeZone: 'WITA' },
  '65': { name: 'Kalimantan Utara', timeZone: 'WITA' },
  '71': { name: 'Sulawesi Utara', timeZone: 'WITA' },
  '72': { name: 'Sulawesi Tengah', timeZone: 'WITA' },
  '73': { name: 'Sulawesi Selatan', timeZone: 'WITA' },
  '74': { name: 'Sulawesi Tenggara', timeZone: 'WITA' },
  '75': { name: 'Gorontalo', timeZone: 'WITA' },
  '76': { name: 'Sulawesi Barat', timeZone: 'WITA' },
  '81': { name: 'Maluku', timeZone: 'WIT' },
  '82': { name: 'Maluku Utara', timeZone: 'WIT' },
  '91': { name: 'Papua', timeZone: 'WIT' },
  '92': { name: 'Papua Barat', timeZone: 'WIT' },
  '93': { name: 'Papua Selatan', timeZone: 'WIT' },
  '94': { name: 'Papua Tengah', timeZone: 'WIT' },
  '95': { name: 'Papua Pegunungan', timeZone: 'WIT' },
  '96': { name: 'Papua Barat Daya', timeZone: 'WIT' },
};

export const PROVINCE_CODES: readonly string[] = Object.keys(PROVINCE_TIME_ZONES);

/** Kementerian and lembaga sit in Jakarta: their deadlines end in WIB unless the record says otherwise. */
export const NATIONAL_DEFAULT_TIME_ZONE: TimeZone = 'WIB';

/** The zone of a province by its two-digit code; undefined for a code that names no province. */
export function timeZoneOfProvince(provinceCode: string): TimeZone | undefined {
  return Object.hasOwn(PROVINCE_TIME_ZONES, provinceCode) ? PROVINCE_TIME_ZONES[provinceCode].timeZone : undefined;
}

/** `WIB: 11, 12, …; WITA: …; WIT: …` — the table as prose, for documentation that must not restate it by hand. */
export function describeProvinceTimeZones(): string {
  const byZone = new Map<TimeZone, string[]>();
  for (const code of PROVINCE_CODES) {
    const zone = PROVINCE_TIME_ZONES[code].timeZone;
    byZone.set(zone, [...(byZone.get(zone) ?? []), code]);
  }
  return [...byZone].map(([zone, codes]) => `${zone}: ${codes.join(', ')}`).join('; ');
}
