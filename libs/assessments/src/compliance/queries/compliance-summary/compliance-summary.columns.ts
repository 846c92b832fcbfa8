import { exportSpec, numberColumn, textColumn } from '@app/spreadsheets';
import type { ComplianceSummary } from '../../compliance-summary';

/** One line of the announcement: a category or a zone and how many providers it holds. */
export interface SummaryRow {
  year: number | null;
  area: string;
  group: 'Kategori' | 'Zona';
  label: string;
  opinion: string | null;
  count: number;
}

const areaOf = (s: ComplianceSummary): string => (s.area === 'national' ? 'nasional' : s.provinces.join(', '));

export const summaryRows = (s: ComplianceSummary): SummaryRow[] => [
  ...s.categories.map((c) => ({ year: s.year, area: areaOf(s), group: 'Kategori' as const, label: c.category, opinion: c.opinion, count: c.count })),
  ...s.zones.map((z) => ({ year: s.year, area: areaOf(s), group: 'Zona' as const, label: z.zone, opinion: null, count: z.count })),
];

export const COMPLIANCE_SUMMARY_EXPORT = exportSpec<ComplianceSummary, SummaryRow>({
  file: 'ringkasan-kepatuhan',
  sheet: 'Ringkasan kepatuhan',
  paging: null,
  rows: summaryRows,
  columns: [
    numberColumn('Tahun', (r) => r.year, { width: 7 }),
    textColumn('Wilayah', (r) => r.area),
    textColumn('Kelompok', (r) => r.group, { width: 10 }),
    textColumn('Kategori / zona', (r) => r.label, { width: 14 }),
    textColumn('Opini', (r) => r.opinion, { width: 28 }),
    numberColumn('Jumlah penyelenggara', (r) => r.count),
  ],
});
