import { exportSpec, numberColumn, textColumn } from '@app/spreadsheets';
import type { MissingContact } from './missing-contacts';
import type { MissingContactList } from './missing-contact-list.response.dto';

export const LIST_MISSING_CONTACTS_EXPORT = exportSpec<MissingContactList, MissingContact>({
  file: 'kontak-belum-lengkap',
  sheet: 'Kontak belum lengkap',
  columns: [
    textColumn('Kode', (row) => row.entityCode ?? `Ombudsman ${row.provinceCode ?? ''}`, { width: 14 }),
    textColumn('Nama penyelenggara', (row) => row.entityName, { width: 40 }),
    textColumn('Provinsi', (row) => row.provinceCode, { width: 9 }),
    textColumn('Peran', (row) => row.role, { width: 22 }),
    textColumn('Unit', (row) => row.unitId, { width: 20 }),
    numberColumn('Tindak lanjut terbuka', (row) => row.openItems),
  ],
});
