import { exportSpec } from '@app/spreadsheets';
import type { AgreementReadView } from '../../agreement-views';
import type { EntityAgreements } from '../../agreements.queries';
import { AGREEMENT_COLUMNS } from '../list-agreements/list-agreements.columns';

/** One provider's agreements in one answer: its MoUs, then its PKS. */
export const ENTITY_AGREEMENTS_EXPORT = exportSpec<EntityAgreements, AgreementReadView>({
  file: ({ code }) => `kesepakatan-${code}`,
  sheet: 'MoU dan PKS',
  paging: null,
  rows: (agreements) => [...agreements.mous, ...agreements.pks],
  columns: AGREEMENT_COLUMNS,
});
