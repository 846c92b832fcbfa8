/** One broken rule in one row, as the import report and the 422 list it. */
export interface RowProblem {
  /** The worksheet (or, for a CSV, the table) the row is in. */
  sheet: string;
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  /** The column as its header is written in the file. */
  column: string;
  message: string;
  /** What would have been accepted, when that can be stated. */
  allowed?: unknown;
  /** The error code a single request would have answered (ValidationFailed, OutsideScope, …). */
  code: string;
  /** The HTTP status a single request would have answered (400, 403, 404, 409, 422). */
  status: number;
}
