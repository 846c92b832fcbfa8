/**
 * What a column holds decides how both formats write it: a `date` is a real date cell in XLSX
 * and `YYYY-MM-DD` in CSV; a `score` is a number shown with two decimals (numFmt `0.00`, `78.50`
 * in CSV); a `number` is a plain number; `text` is text (formula-escaped in CSV only, where a
 * spreadsheet would otherwise evaluate it).
 */
export type ColumnKind = 'text' | 'date' | 'instant' | 'score' | 'number';

/** A cell's value before formatting; null or undefined is an empty cell. */
export type CellInput = string | number | boolean | null | undefined;

export interface Column<Row> {
  header: string;
  kind: ColumnKind;
  value: (row: Row) => CellInput;
  /** Character width in XLSX. */
  width?: number;
}

const column =
  (kind: ColumnKind, width: number) =>
  <Row>(header: string, value: (row: Row) => CellInput, options: { width?: number } = {}): Column<Row> => ({ header, kind, value, width: options.width ?? width });

/** Free text: names, titles, codes, statuses. */
export const textColumn = column('text', 20);
/** A calendar date `YYYY-MM-DD` (or an ISO instant, whose date part is taken). */
export const dateColumn = column('date', 12);
/** An instant (ISO 8601): a date-time cell in XLSX, the ISO text in CSV. */
export const instantColumn = column('instant', 20);
/** A score: two decimals everywhere. */
export const scoreColumn = column('score', 10);
/** A count or a number of days. */
export const numberColumn = column('number', 10);

/** `a; b; c` for list values in one cell. */
export const joined = (values: readonly string[] | undefined | null): string => (values ?? []).join('; ');

/** Indonesian yes/no. */
export const yesNo = (value: boolean | null | undefined): string | null => (value === null || value === undefined ? null : value ? 'ya' : 'tidak');
