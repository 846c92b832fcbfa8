import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished, pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import * as ExcelJS from 'exceljs';
import { csvCell, xlsxCell, XLSX_FORMATS } from './cells';
import type { Column } from './columns';

/** One sheet of a workbook: its name, columns and rows (read one at a time, never all held). */
export interface SheetSource<Row> {
  name: string;
  columns: readonly Column<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
}

/** A sheet of any row type, for a workbook whose sheets list different things. */
export type AnySheet = SheetSource<unknown>;
export const anySheet = <Row>(sheet: SheetSource<Row>): AnySheet => sheet as unknown as AnySheet;

/** Excel refuses sheet names over 31 characters or with `[]:*?/\`. */
export const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Data';

/**
 * Writes CSV to `path`: a UTF-8 BOM (so Excel reads Indonesian names right), the header row,
 * then one record per row, CRLF-terminated as RFC 4180 has it. Waits for the file on backpressure.
 */
export async function writeCsv<Row>(path: string, sheet: SheetSource<Row>): Promise<number> {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  const done = pipeline(csv, createWriteStream(path));
  const write = async (record: string[]) => {
    if (!csv.write(record)) await once(csv, 'drain');
  };
  let count = 0;
  try {
    await write(sheet.columns.map((c) => c.header));
    for await (const row of sheet.rows) {
      await write(sheet.columns.map((c) => csvCell(c.kind, c.value(row))));
      count += 1;
    }
    csv.end();
  } catch (error) {
    csv.destroy(error as Error);
    await done.catch(() => undefined);
    throw error;
  }
  await done;
  return count;
}

/**
 * Writes an XLSX workbook to `path` with exceljs' streaming writer: each row is committed as it
 * comes, so memory holds a row, not the sheet. Every sheet gets a bold header row, frozen, with an
 * autofilter over its columns; dates are date cells, scores numbers shown with two decimals.
 */
export async function writeXlsx(path: string, sheets: readonly AnySheet[]): Promise<number> {
  const file: WriteStream = createWriteStream(path);
  // The zip keeps writing after an abandoned sheet; the file is deleted anyway, so its errors are moot.
  let fileError: Error | undefined;
  file.on('error', (error) => (fileError ??= error));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Ombudsman RI';
  let count = 0;
  try {
    for (const sheet of sheets) count += await writeSheet(workbook, sheet);
    await workbook.commit();
  } catch (error) {
    file.destroy();
    throw error;
  }
  await finished(file);
  if (fileError) throw fileError;
  return count;
}

async function writeSheet<Row>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetSource<Row>): Promise<number> {
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c, i) => ({ key: `c${i}`, width: c.width ?? 16 }));
  if (sheet.columns.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const row of sheet.rows) {
    const line = worksheet.addRow(sheet.columns.map((c) => xlsxCell(c.kind, c.value(row))));
    sheet.columns.forEach((c, i) => {
      const format = XLSX_FORMATS[c.kind];
      if (format) line.getCell(i + 1).numFmt = format;
    });
    line.commit();
    count += 1;
  }
  worksheet.commit();
  return count;
}
