import type { ImportTable } from '../kinds/import-kind';
import { invalidImportFile } from './import-file-error';

/** Headers compare regardless of case and spacing: `Tanggal Publikasi`, `tanggal_publikasi` and `TANGGAL-PUBLIKASI` are one. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').trim().toLowerCase().replace(/[\s_\-]+/g, '_');
}

/** Which column each header cell of a sheet fills: field by cell index (undefined for a trailing blank). */
export interface HeaderMap {
  table: ImportTable;
  /** Field per cell index. */
  fields: Array<string | undefined>;
  /** The header as written in the file, per field: reports name columns the way the user wrote them. */
  headerOf: Record<string, string>;
}

const allowedHeaders = (table: ImportTable): string =>
  table.columns.map((c) => `${c.headers[0]} / ${c.headers[1]}${c.required ? '' : ' (optional)'}`).join(', ');

/** The headers each table accepts, for problems that cannot tell which table was meant. */
export const describeTables = (tables: readonly ImportTable[]): string[] => tables.map((t) => `${t.name}: ${allowedHeaders(t)}`);

/**
 * Matches a sheet's header row to one of the candidate tables: every header must be one of its
 * columns (Indonesian or English name), none twice, and every required column present.
 */
export function matchHeader(cells: string[], candidates: readonly ImportTable[], sheet: string, maxColumns: number): HeaderMap {
  let last = cells.length;
  while (last > 0 && cells[last - 1].trim() === '') last -= 1;
  const headers = cells.slice(0, last);
  if (headers.length > maxColumns) throw invalidImportFile(`sheet "${sheet}" has ${headers.length} columns`, `at most ${maxColumns} columns`);
  const normalized = headers.map(normalizeHeader);
  const fieldIn = (table: ImportTable, header: string) => table.columns.find((c) => c.headers.includes(header))?.field;
  // The table most of whose headers the sheet uses is the one the user meant.
  const scored = candidates.map((table) => ({ table, known: normalized.filter((h) => fieldIn(table, h) !== undefined).length }));
  const best = scored.reduce((a, b) => (b.known > a.known ? b : a));
  if (best.known === 0) {
    throw invalidImportFile(`the header row of sheet "${sheet}" names none of the expected columns`, describeTables(candidates));
  }
  const { table } = best;
  const fields: Array<string | undefined> = [];
  const headerOf: Record<string, string> = {};
  headers.forEach((header, index) => {
    const name = normalized[index];
    if (name === '') throw invalidImportFile(`column ${index + 1} of sheet "${sheet}" has no header`, allowedHeaders(table));
    const field = fieldIn(table, name);
    if (field === undefined) throw invalidImportFile(`unknown column "${header.trim()}" in sheet "${sheet}"`, allowedHeaders(table));
    if (headerOf[field] !== undefined) {
      throw invalidImportFile(`column "${header.trim()}" in sheet "${sheet}" repeats "${headerOf[field]}"`, allowedHeaders(table));
    }
    fields.push(field);
    headerOf[field] = header.trim();
  });
  const missing = table.columns.filter((c) => c.required && headerOf[c.field] === undefined);
  if (missing.length > 0) {
    throw invalidImportFile(`sheet "${sheet}" lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c.headers[0]}"`).join(', ')}`, allowedHeaders(table));
  }
  return { table, fields, headerOf };
}
