import { booleanCell, dateCell, integerCell, numberCell, present } from './cell-values';
import { cellText } from '../reading/cell-text';

describe('cell values', () => {
  it('read numbers with a decimal point or comma, and pass other text on for the DTO rule to judge', () => {
    expect([numberCell('81.22'), numberCell(' 81,22 '), numberCell('100'), numberCell('1.234,5'), numberCell('tinggi')]).toEqual([81.22, 81.22, 100, '1.234,5', 'tinggi']);
    expect([integerCell('2023'), integerCell('2023.0'), integerCell('')]).toEqual([2023, '2023.0', '']);
    expect([booleanCell('Ya'), booleanCell('tidak'), booleanCell('TRUE'), booleanCell('mungkin')]).toEqual([true, false, true, 'mungkin']);
  });

  it('read dates day first as Indonesian spreadsheets write them, and pass anything else on', () => {
    expect(['2023-12-10', '10/12/2023', '1-2-2024', '31.12.2023', '12/2023', '2023/12/10', '10 Desember 2023'].map(dateCell)).toEqual([
      '2023-12-10',
      '2023-12-10',
      '2024-02-01',
      '2023-12-31',
      '12/2023',
      '2023/12/10',
      '10 Desember 2023',
    ]);
  });

  it('leave an empty cell out of the request, and trim text', () => {
    expect([present({ a: '  ' }, 'a'), present({ a: ' x ' }, 'a'), present({}, 'a')]).toEqual([undefined, 'x', undefined]);
  });

  it('read XLSX cells as the text a user typed', () => {
    expect(cellText(new Date(Date.UTC(2023, 11, 10)))).toBe('2023-12-10');
    expect(cellText({ richText: [{ text: 'Kab. ' }, { text: 'Paser' }] })).toBe('Kab. Paser');
    expect(cellText({ formula: 'A1+1', result: 82 })).toBe('82');
    expect(cellText({ text: 'link', hyperlink: 'https://x' })).toBe('link');
    expect([cellText(null), cellText(undefined), cellText(81.22), cellText(true)]).toEqual(['', '', '81.22', 'true']);
  });
});
