import { currentLanguage } from './language';

/** Zone names the registry uses, as IANA zones (WIB/WITA/WIT are what officers say and read). */
const ZONES: Record<string, string> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

export function ianaZone(zone: string | undefined): string {
  if (!zone) return 'Asia/Jakarta';
  return ZONES[zone] ?? zone;
}

const locale = () => (currentLanguage() === 'id' ? 'id-ID' : 'en-GB');

/**
 * `12 Okt 2023`: a calendar date (YYYY-MM-DD) is shown as it is; an instant is shown as the date in
 * the provider's zone, because a due date is a day there, not in the browser's zone.
 */
export function formatDate(value: string | undefined | null, zone?: string): string {
  if (!value) return '—';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(instant.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: dateOnly ? 'UTC' : ianaZone(zone) })
    .format(instant)
    .replace(/\./g, '');
}

/** `12 Okt 2023 14.05 WITA`: an instant with its time, in the provider's zone. */
export function formatInstant(value: string | undefined | null, zone?: string): string {
  if (!value) return '—';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ianaZone(zone) }).format(instant);
  return `${formatDate(value, zone)} ${time}${zone && ZONES[zone] ? ` ${zone}` : ''}`;
}

export function formatNumber(value: number | undefined | null, digits = 0): string {
  if (value === undefined || value === null) return '—';
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
