import { assessmentsTable } from '../kinds/assessments.kind';
import { providersTable, unitsTable } from '../kinds/entities.kind';
import { matchHeader, normalizeHeader } from './headers';

describe('import headers', () => {
  it('compare regardless of case and spacing, in Indonesian or English', () => {
    expect(['Tanggal Publikasi', ' tanggal_publikasi ', 'TANGGAL-PUBLIKASI', 'published on'].map(normalizeHeader)).toEqual([
      'tanggal_publikasi',
      'tanggal_publikasi',
      'tanggal_publikasi',
      'published_on',
    ]);
    const map = matchHeader(['Kode', 'YEAR', 'Nilai', 'Published On', ''], [assessmentsTable], 'hasil', 30);
    expect(map.fields).toEqual(['entityCode', 'year', 'score', 'publishedOn']);
    expect(map.headerOf).toMatchObject({ entityCode: 'Kode', publishedOn: 'Published On' });
  });

  it('pick the table whose columns the sheet uses', () => {
    expect(matchHeader(['kode', 'unit', 'nama'], [providersTable, unitsTable], 'Sheet2', 30).table).toBe(unitsTable);
    expect(matchHeader(['kode', 'nama', 'jenis'], [providersTable, unitsTable], 'Sheet2', 30).table).toBe(providersTable);
  });

  it.each([
    [['kode', 'code', 'nama', 'jenis'], /"code" in sheet "s" repeats "kode"/],
    [['kode', 'nama', 'jenis', 'warna'], /unknown column "warna"/],
    [['kode', '', 'nama', 'jenis'], /column 2 of sheet "s" has no header/],
    [['kode', 'nama'], /lacks the column "jenis"/],
    [['a', 'b'], /names none of the expected columns/],
  ])('refuse %j with a 422 naming file', (headers, message) => {
    expect(() => matchHeader(headers, [providersTable], 's', 30)).toThrow(expect.objectContaining({ code: 'InvalidImportFile', fields: [expect.objectContaining({ field: 'file', message: expect.stringMatching(message) })] }));
  });

  it('refuse more columns than the limit, and accept exactly the limit', () => {
    expect(() => matchHeader(['kode', 'nama', 'jenis'], [providersTable], 's', 2)).toThrow(/3 columns/);
    expect(matchHeader(['kode', 'nama', 'jenis'], [providersTable], 's', 3).fields).toHaveLength(3);
  });
});
