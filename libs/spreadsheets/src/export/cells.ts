import type { CellInput, ColumnKind } from './columns';

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Text a spreadsheet would read as a formula (or, after a tab or CR, as the start of one) when it
 * opens a CSV: `=`, `+`, `-`, `@`. Prefixing `'` makes it literal text (OWASP's CSV injection
 * advice). XLSX needs no escaping: its cells are typed, and a string cell is never evaluated.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const escapeFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

const asText = (value: CellInput): string => (typeof value === 'boolean' ? (value ? 'ya' : 'tidak') : String(value));

const finite = (value: CellInput): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
};

/** Two decimals, rounded half away from zero as results are published (78.505 → 78.51). */
export const twoDecimals = (n: number): number => Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9) / 100;

/** A cell as CSV text: ISO dates, scores with two decimals, formula-looking text escaped. */
export function csvCell(kind: ColumnKind, value: CellInput): string {
  if (value === null || value === undefined || value === '') return '';
  switch (kind) {
    case 'date': {
      const m = DATE.exec(String(value));
      return m ? `${m[1]}-${m[2]}-${m[3]}` : escapeFormula(asText(value));
    }
    case 'instant':
      return escapeFormula(asText(value));
    case 'score': {
      const n = finite(value);
      return n === null ? '' : twoDecimals(n).toFixed(2);
    }
    case 'number': {
      const n = finite(value);
      return n === null ? '' : String(n);
    }
    default:
      return escapeFormula(asText(value));
  }
}

export const XLSX_MAX_TEXT = 32_767;

export type XlsxValue = string | number | Date | null;

/** Number formats per kind; text and plain numbers keep the sheet's default. */
export const XLSX_FORMATS: Partial<Record<ColumnKind, string>> = {
  date: 'dd/mm/yyyy',
  instant: 'yyyy-mm-dd hh:mm:ss',
  score: '0.00',
};

/** A cell as an XLSX value: dates as Date (UTC midnight, so the serial is the calendar day), scores as numbers. */
export function xlsxCell(kind: ColumnKind, value: CellInput): XlsxValue {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'date': {
      const m = DATE.exec(String(value));
      return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : asText(value);
    }
    case 'instant': {
      const ms = Date.parse(String(value));
      return Number.isNaN(ms) ? asText(value) : new Date(ms);
    }
    case 'score': {
      const n = finite(value);
      return n === null ? null : twoDecimals(n);
    }
    case 'number':
      return finite(value);
    default:
      // A cell holds at most 32,767 characters; Excel refuses the whole file otherwise.
      return asText(value).slice(0, XLSX_MAX_TEXT);
  }
}
