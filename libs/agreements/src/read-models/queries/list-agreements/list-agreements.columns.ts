import { dateColumn, exportSpec, joined, numberColumn, textColumn, type Column } from '@app/spreadsheets';
import type { AgreementList } from '../../agreement-list';
import type { AgreementReadView } from '../../agreement-views';

/** An MoU or a PKS with its parties' numbers, dates and status (judged at the answer's instant). */
export const AGREEMENT_COLUMNS: readonly Column<AgreementReadView>[] = [
  textColumn('Jenis', (a) => a.kind.toUpperCase(), { width: 7 }),
  textColumn('Kode', (a) => a.entityCode, { width: 10 }),
  textColumn('Provinsi', (a) => a.provinceCode, { width: 9 }),
  textColumn('Judul', (a) => a.title, { width: 44 }),
  textColumn('Status', (a) => a.status, { width: 11 }),
  textColumn('Nomor Ombudsman', (a) => a.ombudsmanNumber ?? a.number, { width: 24 }),
  textColumn('Nomor mitra', (a) => a.counterpartNumber, { width: 24 }),
  textColumn('MoU induk', (a) => a.mouId, { width: 24 }),
  textColumn('Unit', (a) => joined(a.unitIds)),
  numberColumn('Butir ruang lingkup', (a) => a.scopeItems),
  dateColumn('Dirancang', (a) => a.draftedOn),
  dateColumn('Ditandatangani', (a) => a.signedOn),
  dateColumn('Berlaku sampai', (a) => a.validUntil),
  dateColumn('Diakhiri', (a) => a.termination?.terminatedOn),
  textColumn('Alasan pengakhiran', (a) => a.termination?.reason, { width: 30 }),
  textColumn('Id', (a) => a.id, { width: 30 }),
];

export const LIST_AGREEMENTS_EXPORT = exportSpec<AgreementList, AgreementReadView>({
  file: 'kesepakatan',
  sheet: 'MoU dan PKS',
  columns: AGREEMENT_COLUMNS,
});
