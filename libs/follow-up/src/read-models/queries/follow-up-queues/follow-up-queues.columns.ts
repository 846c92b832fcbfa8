import { exportSpec } from '@app/spreadsheets';
import type { ItemPage } from '../../follow-up-items.query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import { latestDeliveryColumns, type WithLatestDelivery } from '../../latest-deliveries';
import { FOLLOW_UP_ITEM_COLUMNS } from '../list-follow-up-items/list-follow-up-items.columns';

type OverdueItem = WithLatestDelivery<FollowUpItemView>;

/** The overdue queue says who was last reminded of each item: what an officer chasing it needs first. */
export const OVERDUE_QUEUE_EXPORT = exportSpec<ItemPage<OverdueItem>, OverdueItem>({
  file: 'tindak-lanjut-terlambat',
  sheet: 'Tindak lanjut terlambat',
  columns: [...FOLLOW_UP_ITEM_COLUMNS, ...latestDeliveryColumns<OverdueItem>()],
});

export const DUE_SOON_QUEUE_EXPORT = exportSpec<ItemPage<FollowUpItemView>, FollowUpItemView>({
  file: 'segera-jatuh-tempo',
  sheet: 'Segera jatuh tempo',
  columns: FOLLOW_UP_ITEM_COLUMNS,
});
