import { anySheet, writeXlsx } from '../export/sheet-writers';
import { HISTORY_COLUMNS, OPEN_COLUMNS, OVERDUE_COLUMNS, REPORT_SHEETS } from './provider-report.columns';
import type { ProviderReport } from './provider-report';

/** The report as a workbook: one sheet per part, each with the same header, date and score rules as the list exports. */
export const writeReportXlsx = (path: string, report: ProviderReport): Promise<number> =>
  writeXlsx(path, [
    anySheet({ name: REPORT_SHEETS.history, columns: HISTORY_COLUMNS, rows: report.compliance }),
    anySheet({ name: REPORT_SHEETS.open, columns: OPEN_COLUMNS, rows: report.openRecommendations }),
    anySheet({ name: REPORT_SHEETS.overdue, columns: OVERDUE_COLUMNS, rows: report.overdue }),
  ]);
