import { dateColumn, exportSpec, joined, numberColumn, textColumn, yesNo, type Column } from '@app/spreadsheets';
import type { ItemPage } from '../../follow-up-items.query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import { latestDeliveryColumns, type WithLatestDelivery } from '../../latest-deliveries';

const SUBJECTS: Record<FollowUpItemView['subject'], string> = { recommendation: 'rekomendasi', obligation: 'kewajiban PKS' };

/** A recommendation or PKS obligation: what is asked, of whom, by when, and where its follow-up stands. */
export const FOLLOW_UP_ITEM_COLUMNS: readonly Column<FollowUpItemView>[] = [
  textColumn('Kode', (i) => i.entityCode, { width: 10 }),
  textColumn('Nama penyelenggara', (i) => i.entityName, { width: 32 }),
  textColumn('Provinsi', (i) => i.provinceCode, { width: 9 }),
  textColumn('Unit', (i) => joined(i.unitIds)),
  textColumn('Subjek', (i) => SUBJECTS[i.subject] ?? i.subject, { width: 14 }),
  textColumn('Jenis', (i) => i.kind, { width: 18 }),
  textColumn('Sumber', (i) => i.source.type, { width: 12 }),
  textColumn('Nomor sumber', (i) => i.source.ref, { width: 28 }),
  textColumn('Judul', (i) => i.title, { width: 48 }),
  dateColumn('Tanggal terbit', (i) => i.issuedOn),
  textColumn('Periode', (i) => i.periodKey, { width: 9 }),
  dateColumn('Jatuh tempo', (i) => i.deadline.dueOn),
  textColumn('Zona waktu', (i) => i.deadline.timeZone, { width: 8 }),
  textColumn('Status', (i) => i.status, { width: 22 }),
  textColumn('Terbuka', (i) => yesNo(i.open), { width: 8 }),
  textColumn('Terlambat', (i) => yesNo(i.overdue), { width: 9 }),
  numberColumn('Hari terlambat', (i) => i.daysOverdue),
  numberColumn('Tindak lanjut', (i) => i.followUps),
  numberColumn('Pengingat terkirim', (i) => i.reminders.sent),
  numberColumn('Tingkat eskalasi', (i) => i.escalation?.level),
  textColumn('Eskalasi kepada', (i) => i.escalation?.to),
  textColumn('Perpanjangan', (i) => i.extension, { width: 12 }),
  dateColumn('Tanggal selesai', (i) => i.closure?.closedOn),
  textColumn('Alasan selesai', (i) => i.closure?.reason, { width: 30 }),
  textColumn('Id', (i) => i.id, { width: 38 }),
];

type ListedItem = WithLatestDelivery<FollowUpItemView>;

/** The list's rows carry their latest delivery: the export ends with who was last reminded. */
export const LIST_FOLLOW_UP_ITEMS_EXPORT = exportSpec<ItemPage<ListedItem>, ListedItem>({
  file: 'rekomendasi',
  sheet: 'Rekomendasi',
  columns: [...FOLLOW_UP_ITEM_COLUMNS, ...latestDeliveryColumns<ListedItem>()],
});
