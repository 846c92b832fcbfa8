import { exportSpec, numberColumn } from '@app/spreadsheets';
import type { ExpiringPage } from '../../agreements.queries';
import { AGREEMENT_COLUMNS } from '../list-agreements/list-agreements.columns';

type ExpiringAgreement = ExpiringPage['items'][number];

export const EXPIRING_AGREEMENTS_EXPORT = exportSpec<ExpiringPage, ExpiringAgreement>({
  file: 'kesepakatan-segera-berakhir',
  sheet: 'Kesepakatan segera berakhir',
  columns: [...AGREEMENT_COLUMNS, numberColumn('Sisa hari', (a) => a.daysLeft)],
});
