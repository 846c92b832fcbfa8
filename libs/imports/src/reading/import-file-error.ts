import { invalid, type DomainError } from '@app/kernel';

/**
 * 422 naming `file`: the upload as a whole cannot be read as the table this import expects
 * (malformed CSV/XLSX, wrong or duplicate headers, no rows, too many rows or columns, text that
 * is not well-formed Unicode). Row-level problems are reported per row instead (import-report.ts).
 */
export function invalidImportFile(message: string, allowed?: unknown): DomainError {
  return invalid('InvalidImportFile', `The file cannot be imported: ${message}`, [
    allowed === undefined ? { field: 'file', message } : { field: 'file', message, allowed },
  ]);
}
