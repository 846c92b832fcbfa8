import { exportSpec, numberColumn, textColumn } from '@app/spreadsheets';
import type { ProviderList, ProviderListItem } from '../../providers.queries';

export const LIST_PROVIDERS_EXPORT = exportSpec<ProviderList, ProviderListItem>({
  file: 'penyelenggara',
  sheet: 'Penyelenggara',
  columns: [
    textColumn('Kode', (p) => p.code, { width: 10 }),
    textColumn('Nama penyelenggara', (p) => p.name, { width: 40 }),
    textColumn('Jenis', (p) => p.kind, { width: 12 }),
    textColumn('Provinsi', (p) => p.provinceCode, { width: 9 }),
    textColumn('Kode induk', (p) => p.parentCode, { width: 10 }),
    textColumn('Zona waktu', (p) => p.timezone, { width: 8 }),
    numberColumn('Jumlah unit', (p) => p.units),
  ],
});
