import { fieldMessageId, preferredLanguage } from '@app/platform/http';
import type { ImportReport } from '../running/import-report';

/**
 * A row's message in the reader's language (Accept-Language), like the API's own problems: the
 * console shows the report to officers row by row. Codes, columns and `allowed` stay as they are.
 */
export function reportInLanguage(report: ImportReport, acceptLanguage: string | string[] | undefined): ImportReport {
  if (preferredLanguage(acceptLanguage) !== 'id') return report;
  return { ...report, rows: report.rows.map((row) => ({ ...row, message: fieldMessageId(row.message) })) };
}
