import { exportSpec, joined, numberColumn, textColumn } from '@app/spreadsheets';
import type { OwedItem, OwedPage } from '../../follow-up-queues';
import { FOLLOW_UP_ITEM_COLUMNS } from '../list-follow-up-items/list-follow-up-items.columns';

const EVIDENCE: Record<string, string> = {
  missing: 'belum ada',
  awaiting_verification: 'menunggu verifikasi',
  belum_sesuai: 'belum sesuai',
  sesuai: 'sesuai',
};

/** What a provider's units still owe: the item, its evidence and what is missing, in words. */
export const OWED_ITEMS_EXPORT = exportSpec<OwedPage, OwedItem>({
  file: 'kewajiban-tindak-lanjut',
  sheet: 'Kewajiban tindak lanjut',
  columns: [
    ...FOLLOW_UP_ITEM_COLUMNS,
    textColumn('Bukti', (i) => EVIDENCE[i.evidence] ?? i.evidence, { width: 18 }),
    numberColumn('Butir tindakan terbuka', (i) => i.actionItems.length),
    textColumn('Yang masih kurang', (i) => joined(i.missing), { width: 60 }),
  ],
});
