import type { ComplianceEntry } from '@app/assessments';
import type { FollowUpItemView } from '@app/follow-up';
import { dateColumn, joined, numberColumn, scoreColumn, textColumn, type Column } from '../export/columns';
import { spoken } from './provider-report';

export const HISTORY_COLUMNS: readonly Column<ComplianceEntry>[] = [
  numberColumn('Tahun', (e) => e.year, { width: 7 }),
  scoreColumn('Nilai', (e) => e.score),
  textColumn('Kategori', (e) => e.category, { width: 9 }),
  textColumn('Zona', (e) => e.zone, { width: 9 }),
  textColumn('Opini', (e) => e.opinion, { width: 30 }),
  scoreColumn('Selisih nilai', (e) => e.change?.scoreDelta),
  dateColumn('Tanggal publikasi', (e) => e.publishedOn),
];

export const OPEN_COLUMNS: readonly Column<FollowUpItemView>[] = [
  textColumn('Judul', (i) => i.title, { width: 50 }),
  textColumn('Jenis', (i) => spoken(i.kind), { width: 18 }),
  textColumn('Unit', (i) => joined(i.unitIds), { width: 14 }),
  dateColumn('Tanggal terbit', (i) => i.issuedOn),
  dateColumn('Jatuh tempo', (i) => i.deadline.dueOn),
  textColumn('Status', (i) => spoken(i.status), { width: 22 }),
  numberColumn('Hari terlambat', (i) => i.daysOverdue),
];

export const OVERDUE_COLUMNS: readonly Column<FollowUpItemView>[] = [
  textColumn('Judul', (i) => i.title, { width: 50 }),
  textColumn('Jenis', (i) => spoken(i.kind), { width: 18 }),
  dateColumn('Jatuh tempo', (i) => i.deadline.dueOn),
  numberColumn('Hari terlambat', (i) => i.daysOverdue),
  textColumn('Status', (i) => spoken(i.status), { width: 22 }),
  numberColumn('Tingkat eskalasi', (i) => i.escalation?.level),
  textColumn('Eskalasi kepada', (i) => spoken(i.escalation?.to), { width: 22 }),
  numberColumn('Pengingat terkirim', (i) => i.reminders.sent),
];

export const REPORT_SHEETS = { history: 'Riwayat kepatuhan', open: 'Rekomendasi terbuka', overdue: 'Tindak lanjut terlambat' } as const;
