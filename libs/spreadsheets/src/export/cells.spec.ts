import { csvCell, escapeFormula, twoDecimals, xlsxCell, XLSX_MAX_TEXT } from './cells';
import { exportFileName } from './file-name';

describe('cells', () => {
  it.each([
    ['=HYPERLINK("http://contoh.invalid","klik")', `'=HYPERLINK("http://contoh.invalid","klik")`],
    ['+62 811 000', `'+62 811 000`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['Kabupaten Paser', 'Kabupaten Paser'],
    ['a=b', 'a=b'],
  ])('escapes text a spreadsheet would evaluate: %j', (text, expected) => {
    expect(escapeFormula(text)).toBe(expected);
    expect(csvCell('text', text)).toBe(expected);
  });

  it('writes scores with two decimals and never escapes numbers (a negative change stays a number)', () => {
    expect(csvCell('score', 78.5)).toBe('78.50');
    expect(csvCell('score', 81.22)).toBe('81.22');
    expect(csvCell('score', -3.2)).toBe('-3.20');
    expect(csvCell('score', 0)).toBe('0.00');
    expect(csvCell('number', -2)).toBe('-2');
    expect(csvCell('score', null)).toBe('');
    expect(twoDecimals(78.505)).toBe(78.51);
    expect(xlsxCell('score', 86.58)).toBe(86.58);
  });

  it('writes dates as ISO dates in CSV and as calendar-day Date cells in XLSX', () => {
    expect(csvCell('date', '2023-12-05')).toBe('2023-12-05');
    expect(csvCell('date', '2025-06-04T16:00:00.000Z')).toBe('2025-06-04');
    expect(xlsxCell('date', '2023-12-05')).toEqual(new Date(Date.UTC(2023, 11, 5)));
    expect(xlsxCell('instant', '2025-06-04T16:00:00.000Z')).toEqual(new Date('2025-06-04T16:00:00.000Z'));
    expect(csvCell('date', undefined)).toBe('');
    expect(xlsxCell('date', null)).toBeNull();
  });

  it('keeps formula-looking text as text in XLSX (a typed string cell is never evaluated) and within the cell limit', () => {
    expect(xlsxCell('text', '=1+1')).toBe('=1+1');
    expect((xlsxCell('text', 'x'.repeat(40_000)) as string).length).toBe(XLSX_MAX_TEXT);
  });

  it('names files in Indonesian with the date in WIB', () => {
    // 18:00 UTC on 30 Nov is already 1 Dec in Jakarta.
    expect(exportFileName('tindak-lanjut-terlambat', new Date('2026-11-30T18:00:00Z'), 'xlsx')).toBe('tindak-lanjut-terlambat-2026-12-01.xlsx');
    expect(exportFileName('rapor-64.01', new Date('2026-11-22T03:00:00Z'), 'pdf')).toBe('rapor-64.01-2026-11-22.pdf');
    expect(exportFileName('Rapor "Kab. Paser"/é', new Date('2026-11-22T03:00:00Z'), 'pdf')).toBe('rapor-kab.-paser-e-2026-11-22.pdf');
  });
});
