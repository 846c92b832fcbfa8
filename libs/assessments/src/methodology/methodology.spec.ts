import { DomainError } from '@app/kernel';
import { grade, toHundredths } from './methodology';
import { MethodologyCatalog, bundledMethodologyCatalog } from './methodology-catalog';
import { MethodologyFileError, parseMethodologyFile } from './methodology-file';
import bundled from './methodologies.json';

const catalog = bundledMethodologyCatalog();
const gradeOf = (year: number, score: number, qualified = false) => grade(catalog.forYear(year), toHundredths(score)!, qualified);

describe('toHundredths', () => {
  it.each([
    [81.22, 8122],
    [0, 0],
    [100, 10000],
    [77.99, 7799],
    [0.29, 29],
    [50.1, 5010],
    [-0.01, -1],
  ])('%p → %p exactly', (score, hundredths) => expect(toHundredths(score)).toBe(hundredths));

  it.each([81.225, NaN, Infinity, 1e21, '81.22', null])('refuses %p', (v) => expect(toHundredths(v)).toBeNull());
});

describe('survei kepatuhan (≤ 2021): zone only', () => {
  it.each([
    [0, 'merah'],
    [50.99, 'merah'],
    [51, 'kuning'],
    [60.35, 'kuning'],
    [80.99, 'kuning'],
    [81, 'hijau'],
    [100, 'hijau'],
  ])('2021 %p → %s, no category or opinion', (score, zone) =>
    expect(gradeOf(2021, score)).toEqual({ category: null, zone, opinion: null }),
  );

  it('also applies before 2020 (2019)', () => expect(catalog.forYear(2019).id).toBe('survei-kepatuhan'));
});

describe.each([2022, 2023, 2024, 2025])('A–E bands (%p)', (year) => {
  it.each([
    [0, 'E', 'merah', 'Kualitas Terendah'],
    [31.99, 'E', 'merah', 'Kualitas Terendah'],
    [32, 'D', 'merah', 'Kualitas Rendah'],
    [53.99, 'D', 'merah', 'Kualitas Rendah'],
    [54, 'C', 'kuning', 'Kualitas Sedang'],
    [77.99, 'C', 'kuning', 'Kualitas Sedang'],
    [78, 'B', 'hijau', 'Kualitas Tinggi'],
    [87.99, 'B', 'hijau', 'Kualitas Tinggi'],
    [88, 'A', 'hijau', 'Kualitas Tertinggi'],
    [100, 'A', 'hijau', 'Kualitas Tertinggi'],
  ])('%p → %s %s %s', (score, category, zone, opinion) =>
    expect(gradeOf(year, score)).toEqual({ category, zone, opinion }),
  );
});

describe('opini ombudsman (2025 on, provisional)', () => {
  it('is marked provisional with notes saying what is inferred', () => {
    const m = catalog.forYear(2025);
    expect(m.provisional).toBe(true);
    expect(m.notes.join(' ')).toMatch(/inferred/);
    expect(m.components.map((c) => c.weightPercent)).toEqual([70, 30]);
  });

  it('appends "Tanpa Maladministrasi" when the provider followed up the Ombudsman products', () => {
    expect(gradeOf(2025, 90.5, true).opinion).toBe('Kualitas Tertinggi Tanpa Maladministrasi');
    expect(gradeOf(2025, 65.98, true).opinion).toBe('Kualitas Sedang Tanpa Maladministrasi');
    expect(gradeOf(2025, 53.38, false).opinion).toBe('Kualitas Rendah');
  });

  it('ignores the qualifier for methods without one', () => expect(gradeOf(2023, 81.22, true).opinion).toBe('Kualitas Tinggi'));
});

describe('catalog coverage', () => {
  it('records the 2022–2024 dimension weights as data', () =>
    expect(catalog.forYear(2023).components.map((c) => c.weightPercent)).toEqual([21.85, 32.37, 24.24, 21.54]));

  it('refuses 2020 naming the field year and the years covered', () => {
    const error = catch_(() => catalog.forYear(2020));
    expect(error.code).toBe('NoMethodologyForYear');
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/No compliance assessment was held in 2020/);
    expect(error.fields).toEqual([{ field: 'year', message: 'no methodology for 2020', allowed: '2013–2019, 2021 onward' }]);
  });

  it('refuses a year before the first survey', () => expect(catch_(() => catalog.forYear(2012)).code).toBe('NoMethodologyForYear'));

  it('lets an extra file replace an entry by id and add a new year without code', () => {
    const closed2025 = { ...bundled.methodologies[2], toYear: 2025 };
    const method2026 = { ...bundled.methodologies[2], id: 'opini-ombudsman-2026', fromYear: 2026, toYear: null, provisional: false };
    const extra = parseMethodologyFile({ schemaVersion: 1, methodologies: [closed2025, method2026] }, 'extra.json');
    const merged = new MethodologyCatalog([parseMethodologyFile(bundled, 'methodologies.json'), extra]);
    expect(merged.forYear(2026).id).toBe('opini-ombudsman-2026');
    expect(merged.forYear(2025).id).toBe('opini-ombudsman-2025');
    expect(merged.coverage()).toBe('2013–2019, 2021 onward');
  });

  it('refuses an extra file whose years overlap an existing method', () => {
    const clash = { ...bundled.methodologies[1], id: 'other', fromYear: 2024, toYear: 2024 };
    const extra = parseMethodologyFile({ schemaVersion: 1, methodologies: [clash] }, 'extra.json');
    expect(() => new MethodologyCatalog([parseMethodologyFile(bundled, 'methodologies.json'), extra])).toThrow(/both cover 2024/);
  });
});

describe('methodology file validation', () => {
  const withBands = (bands: unknown[]) => ({
    schemaVersion: 1,
    methodologies: [{ ...bundled.methodologies[0], bands }],
  });

  it('accepts the bundled file', () => expect(() => parseMethodologyFile(bundled, 'bundled')).not.toThrow());

  it('names a gap between bands', () => {
    const bands = [
      { category: null, opinion: null, zone: 'merah', min: 0, max: 50.99 },
      { category: null, opinion: null, zone: 'hijau', min: 51.01, max: 100 },
    ];
    expect(() => parseMethodologyFile(withBands(bands), 'x.json')).toThrow(/methodologies\[0\]\.bands\[1\]\.min: expected 51\.00/);
  });

  it('names bands that stop short of 100.00', () => {
    const bands = [{ category: null, opinion: null, zone: 'merah', min: 0, max: 99.99 }];
    expect(() => parseMethodologyFile(withBands(bands), 'x.json')).toThrow(/bands: the last band must end at 100\.00/);
  });

  it('names an unknown zone and a limit with three decimals', () => {
    const bands = [
      { category: null, opinion: null, zone: 'biru', min: 0, max: 50.999 },
    ];
    const error = catch_(() => parseMethodologyFile(withBands(bands), 'x.json'), MethodologyFileError);
    expect(error.problems).toEqual([
      'methodologies[0].bands[0].zone: expected one of merah, kuning, hijau',
      'methodologies[0].bands[0]: min and max must be numbers with at most two decimals',
    ]);
  });

  it('lists every problem of a malformed entry', () => {
    const error = catch_(() => parseMethodologyFile({ schemaVersion: 2, methodologies: [{ id: 'X' }] }, 'x.json'), MethodologyFileError);
    expect(error.message).toMatch(/^Methodology file x\.json is invalid/);
    expect(error.problems).toEqual(
      expect.arrayContaining(['schemaVersion: expected 1', 'methodologies[0].id: expected a kebab-case id', 'methodologies[0].bands: expected a non-empty array']),
    );
  });
});

function catch_<T extends Error = DomainError>(fn: () => unknown, type: new (...args: never[]) => T = DomainError as never): T {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as T;
  }
  throw new Error('expected a throw');
}
