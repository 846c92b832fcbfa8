/** One line of a CSV file or one row of a worksheet, as text cells, before headers give them meaning. */
export interface TableRecord {
  /** 0 for a CSV file; the worksheet's position (0-based) in an XLSX workbook. */
  sheetIndex: number;
  /** The worksheet's name; the kind name for a CSV file. */
  sheetName: string;
  /** As the user sees it: the spreadsheet row number, or the CSV record's first line (header = 1). */
  row: number;
  cells: string[];
}

export type FileFormat = 'csv' | 'xlsx';
