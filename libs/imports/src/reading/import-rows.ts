import type { ImportKind, ImportTable, RowCells } from '../kinds/import-kind';
import { LONE_SURROGATE } from './cell-text';
import { csvRecords } from './csv-records';
import { type HeaderMap, matchHeader } from './headers';
import { invalidImportFile } from './import-file-error';
import type { ImportLimits } from './import-limits';
import type { FileFormat, TableRecord } from './table-record';
import { xlsxRecords } from './xlsx-records';

/** One data row, its cells named by column. */
export interface ImportRow {
  table: ImportTable;
  sheet: string;
  row: number;
  cells: RowCells;
  /** Column field → the header as written in the file. */
  headerOf: Record<string, string>;
  /** Cells outside the header's columns that hold a value. */
  strayCells: number[];
}

/** Sheets that explain a file rather than hold rows (the template's own notes among them). */
const NOTE_SHEETS = ['petunjuk', 'instructions', 'notes', 'catatan', 'keterangan'];

/**
 * Streams the rows of an import file in order, sheet by sheet. Each sheet's first non-blank row
 * is its header, which picks the table (a later sheet may hold a later table of the kind, e.g.
 * units after providers). Blank rows are skipped. Everything that makes the file as a whole
 * unreadable is a 422 naming `file`, raised as soon as it is seen.
 */
export async function* importRows(kind: ImportKind, path: string, format: FileFormat, limits: ImportLimits): AsyncGenerator<ImportRow> {
  const records: AsyncGenerator<TableRecord> = format === 'csv' ? csvRecords(path, kind.tables[0].name) : xlsxRecords(path);
  let sheetIndex = -1;
  let header: HeaderMap | undefined;
  let skipping = false;
  let tablesLeft = [...kind.tables];
  let rows = 0;
  let sheets = 0;
  for await (const record of records) {
    if (record.sheetIndex !== sheetIndex) {
      sheetIndex = record.sheetIndex;
      header = undefined;
      skipping = NOTE_SHEETS.includes(record.sheetName.trim().toLowerCase());
    }
    if (skipping || record.cells.every((cell) => cell.trim() === '')) continue;
    const surrogate = record.cells.findIndex((cell) => LONE_SURROGATE.test(cell));
    if (surrogate >= 0) {
      throw invalidImportFile(`row ${record.row}, column ${surrogate + 1} of sheet "${record.sheetName}" holds text that is not well-formed Unicode`, 'well-formed Unicode text');
    }
    if (header === undefined) {
      // The first sheet holds the kind's main table; a later one any table not read yet.
      const candidates = sheets === 0 ? [kind.tables[0]] : tablesLeft;
      if (candidates.length === 0) throw invalidImportFile(`sheet "${record.sheetName}" is one sheet too many`, `${kind.tables.length} sheet(s) of rows, then optional notes`);
      header = matchHeader(record.cells, byName(candidates, record.sheetName), record.sheetName, limits.maxColumns);
      const matched = header.table;
      tablesLeft = tablesLeft.slice(tablesLeft.indexOf(matched) + 1);
      sheets += 1;
      continue;
    }
    rows += 1;
    if (rows > limits.maxRows) throw invalidImportFile(`it has more than ${limits.maxRows} rows`, `at most ${limits.maxRows} rows; split the file`);
    yield toRow(record, header);
  }
  if (rows === 0) throw invalidImportFile('it holds no rows below the header', 'a header row and at least one row');
}

/** A sheet named after a table is read as that table; otherwise all candidates are tried. */
function byName(candidates: readonly ImportTable[], sheet: string): readonly ImportTable[] {
  const named = candidates.filter((t) => t.sheetNames.includes(sheet.trim().toLowerCase()));
  return named.length > 0 ? named : candidates;
}

function toRow(record: TableRecord, header: HeaderMap): ImportRow {
  const cells: RowCells = {};
  const strayCells: number[] = [];
  record.cells.forEach((cell, index) => {
    const field = header.fields[index];
    if (field !== undefined) cells[field] = cell;
    else if (cell.trim() !== '') strayCells.push(index + 1);
  });
  return { table: header.table, sheet: record.sheetName, row: record.row, cells, headerOf: header.headerOf, strayCells };
}
