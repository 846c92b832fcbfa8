import type { TimeZone } from '@app/kernel';
import type { EntityKind } from '@app/registry';

/** A generated provider: ≈586 like DOMAIN.md's scale (25 ministries, 14 agencies, 34 provinces, 98 cities, 415 regencies). */
export interface BenchProvider {
  code: string;
  name: string;
  kind: EntityKind;
  provinceCode: string | null;
  timezone: TimeZone;
  units: string[];
}

/** The 34 provinces' Kemendagri codes (before the 2022 Papua split). */
const PROVINCES = ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '94'];
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT = new Set(['81', '82', '91', '94']);
const zoneOf = (province: string): TimeZone => (WIT.has(province) ? 'WIT' : WITA.has(province) ? 'WITA' : 'WIB');

const PEMDA_UNITS = ['dpmptsp', 'disdukcapil', 'disdikbud', 'dinkes', 'dinsos', 'inspektorat', 'bpbd', 'dishub', 'dinas-pupr', 'rsud', 'puskesmas-1', 'puskesmas-2'];
const NATIONAL_UNITS = ['sekretariat-jenderal', 'inspektorat-jenderal', 'direktorat-pelayanan', 'pusat-data', 'biro-hukum'];

export function benchProviders(): BenchProvider[] {
  const providers: BenchProvider[] = [];
  for (let i = 0; i < 25; i++) providers.push({ code: `K-KEMENTERIAN-${i + 1}`, name: `Kementerian ${i + 1}`, kind: 'kementerian', provinceCode: null, timezone: 'WIB', units: NATIONAL_UNITS });
  for (let i = 0; i < 14; i++) providers.push({ code: `L-LEMBAGA-${i + 1}`, name: `Lembaga ${i + 1}`, kind: 'lembaga', provinceCode: null, timezone: 'WIB', units: NATIONAL_UNITS });
  for (const p of PROVINCES) providers.push({ code: p, name: `Pemerintah Provinsi ${p}`, kind: 'provinsi', provinceCode: p, timezone: zoneOf(p), units: PEMDA_UNITS.slice(0, 10) });
  // Regencies 01…, cities 71…, dealt round-robin over the provinces.
  const next = new Map(PROVINCES.map((p) => [p, { kabupaten: 1, kota: 71 }]));
  for (let i = 0; i < 415 + 98; i++) {
    const p = PROVINCES[i % PROVINCES.length];
    const kind: EntityKind = i < 415 ? 'kabupaten' : 'kota';
    const counters = next.get(p)!;
    const n = counters[kind]++;
    const code = `${p}.${String(n).padStart(2, '0')}`;
    providers.push({ code, name: `${kind === 'kota' ? 'Kota' : 'Kabupaten'} ${code}`, kind, provinceCode: p, timezone: zoneOf(p), units: PEMDA_UNITS });
  }
  return providers;
}

/** Deterministic pseudo-random numbers (mulberry32), one stream per aggregate, so plans can be rebuilt on demand. */
export function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
