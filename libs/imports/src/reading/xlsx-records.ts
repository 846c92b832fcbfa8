import ExcelJS from 'exceljs';
import { cellText } from './cell-text';
import { invalidImportFile } from './import-file-error';
import type { TableRecord } from './table-record';

/**
 * Streams every worksheet of an XLSX workbook row by row (exceljs's streaming reader: the
 * workbook is never held in memory; shared strings are, which the file size bounds). Styles
 * are read so that date cells come back as dates.
 */
export async function* xlsxRecords(path: string): AsyncGenerator<TableRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheetIndex = -1;
  try {
    for await (const worksheet of reader) {
      sheetIndex += 1;
      const sheetName = (worksheet as unknown as { name?: string }).name ?? `Sheet${sheetIndex + 1}`;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        // exceljs's row.values is 1-based: index 0 is always empty.
        const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1]));
        yield { sheetIndex, sheetName, row: row.number, cells };
      }
    }
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw invalidImportFile(`it is not a readable XLSX workbook (${describe(error)})`, 'an Excel workbook (.xlsx) or CSV in UTF-8');
  }
}

const isDomainError = (error: unknown): boolean => (error as { kind?: unknown } | null)?.kind !== undefined;

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[\r\n]+/g, ' ').slice(0, 200);
}
