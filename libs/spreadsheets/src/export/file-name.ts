import { dateInZone } from '@app/kernel';

/**
 * `tindak-lanjut-terlambat-2026-12-01.xlsx`: the stem, the date the file was made (in WIB, the
 * Ombudsman's head office) and the extension. The stem keeps to `[a-z0-9.-]` so it needs no
 * quoting and no filename* fallback in Content-Disposition.
 */
export function exportFileName(stem: string, now: Date, extension: string): string {
  const safe = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'ekspor'}-${dateInZone(now, 'WIB')}.${extension}`;
}

export const attachment = (fileName: string): string => `attachment; filename="${fileName}"`;
