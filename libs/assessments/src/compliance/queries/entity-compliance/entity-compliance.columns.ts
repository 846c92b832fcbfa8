import { exportSpec } from '@app/spreadsheets';
import type { ComplianceEntry } from '../../compliance-entry';
import type { EntityCompliance } from '../../compliance.queries';
import { COMPLIANCE_COLUMNS } from '../list-compliance/list-compliance.columns';

export const ENTITY_COMPLIANCE_EXPORT = exportSpec<EntityCompliance, ComplianceEntry>({
  file: ({ code }) => `riwayat-kepatuhan-${code}`,
  sheet: 'Riwayat kepatuhan',
  paging: null,
  rows: (history) => history.years,
  columns: COMPLIANCE_COLUMNS,
});
