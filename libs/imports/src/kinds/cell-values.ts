/**
 * Turning a cell's text into the JSON value a single request would carry. Text that does not
 * convert is passed on as it is, so the request DTO's own rule reports it, with its own message.
 */

/** A number written with `.` or, as Indonesian spreadsheets do, `,` as the decimal mark. */
export function numberCell(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(?:[.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
}

/** A whole number (a year): digits only. */
export function integerCell(text: string): number | string {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * A date as YYYY-MM-DD, or as Indonesian spreadsheets write it, day first: 10/12/2023, 10-12-2023,
 * 10.12.2023. Anything else is passed on for the date rule to refuse with its own message.
 */
export function dateCell(text: string): string {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!dayFirst) return trimmed;
  const [, day, month, year] = dayFirst;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export const DATE_FORMS = 'YYYY-MM-DD, DD/MM/YYYY or a date cell';

const TRUE_WORDS = ['ya', 'yes', 'true', 'benar', '1'];
const FALSE_WORDS = ['tidak', 'no', 'false', 'salah', '0'];
export const BOOLEAN_WORDS = 'ya / tidak (yes / no, true / false, 1 / 0)';

export function booleanCell(text: string): boolean | string {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return text.trim();
}

/**
 * Puts the non-empty cells into a request body: an empty optional cell is a field left out
 * (the API refuses null for optional fields), and text is trimmed as a person would expect.
 */
export function present(cells: Record<string, string>, field: string): string | undefined {
  const value = cells[field];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
