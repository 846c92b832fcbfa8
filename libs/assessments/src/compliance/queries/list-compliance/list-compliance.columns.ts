import { dateColumn, exportSpec, numberColumn, scoreColumn, textColumn, yesNo, type Column } from '@app/spreadsheets';
import type { ComplianceEntry } from '../../compliance-entry';
import type { ComplianceList } from '../../compliance.queries';

/** One provider-year as officers read the announced results; also the columns of a provider's history. */
export const COMPLIANCE_COLUMNS: readonly Column<ComplianceEntry>[] = [
  textColumn('Kode', (e) => e.entityCode, { width: 10 }),
  textColumn('Nama penyelenggara', (e) => e.entityName, { width: 36 }),
  textColumn('Jenis', (e) => e.kind, { width: 12 }),
  textColumn('Provinsi', (e) => e.provinceCode, { width: 9 }),
  numberColumn('Tahun', (e) => e.year, { width: 7 }),
  scoreColumn('Nilai', (e) => e.score),
  textColumn('Kategori', (e) => e.category, { width: 9 }),
  textColumn('Zona', (e) => e.zone, { width: 9 }),
  textColumn('Opini', (e) => e.opinion, { width: 28 }),
  dateColumn('Tanggal publikasi', (e) => e.publishedOn),
  numberColumn('Tahun sebelumnya', (e) => e.change?.previousYear),
  scoreColumn('Nilai sebelumnya', (e) => e.change?.previousScore),
  scoreColumn('Selisih nilai', (e) => e.change?.scoreDelta),
  textColumn('Dikoreksi', (e) => yesNo(e.corrected !== null), { width: 9 }),
  textColumn('Alasan koreksi', (e) => e.corrected?.reason, { width: 30 }),
];

export const LIST_COMPLIANCE_EXPORT = exportSpec<ComplianceList, ComplianceEntry>({
  file: 'hasil-penilaian-kepatuhan',
  sheet: 'Hasil penilaian kepatuhan',
  columns: COMPLIANCE_COLUMNS,
});
