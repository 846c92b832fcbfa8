import { METHODOLOGY_CATALOG, type MethodologyCatalog, RecordAssessmentCommand, RecordAssessmentHandler, RecordAssessmentRequestDto } from '@app/assessments';
import type { ImportKind, ImportTable, RowBody, RowCells } from './import-kind';
import { BOOLEAN_WORDS, DATE_FORMS, booleanCell, dateCell, integerCell, numberCell, present } from './cell-values';

const LOCI_FORMAT = 'unit=score pairs separated by ";" (e.g. dpmptsp=80.5; puskesmas-senaken=77), each unit registered under the provider';

/** `dpmptsp=80.5; puskesmas-senaken=77,25` → loci; a pair that does not read so is a problem on the column. */
function lociCell(text: string | undefined, problems: RowBody['problems']): Array<{ unitId: string; score: number | string }> | undefined {
  if (text === undefined) return undefined;
  const loci: Array<{ unitId: string; score: number | string }> = [];
  for (const pair of text.split(/[;\n]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^([^=:]+)[=:](.+)$/.exec(pair);
    if (!match) {
      problems.push({ field: 'loci', message: `"${pair.slice(0, 80)}" is not unit=score`, allowed: LOCI_FORMAT });
      continue;
    }
    loci.push({ unitId: match[1].trim(), score: numberCell(match[2]) });
  }
  return loci;
}

/** The yearly results: one row per provider and year, as POST /v1/assessments. */
export const assessmentsTable: ImportTable = {
  name: 'penilaian',
  sheetNames: ['penilaian', 'assessments', 'hasil'],
  independentRows: true,
  subjectField: 'entityCode',
  columns: [
    { field: 'entityCode', headers: ['kode', 'code'], required: true, description: 'Kode penyelenggara yang dinilai (terdaftar)', allowed: 'the code of a registered provider', example: '64.01' },
    { field: 'year', headers: ['tahun', 'year'], required: true, description: 'Tahun penilaian; metodologi tahun itu menentukan kategori, zona dan opini', allowed: 'a year with a methodology (GET /v1/methodologies); none in 2020', example: 2023 },
    { field: 'score', headers: ['nilai', 'score'], required: true, description: 'Nilai akhir, paling banyak dua desimal (koma atau titik)', allowed: '0.00–100.00, at most two decimals', example: 81.22 },
    { field: 'publishedOn', headers: ['tanggal_publikasi', 'published_on'], required: true, description: 'Tanggal pengumuman hasil (sel tanggal, YYYY-MM-DD atau DD/MM/YYYY), pada atau setelah tahun penilaian', allowed: `${DATE_FORMS}, in or after the assessment year, not in the future`, example: '2023-12-10' },
    { field: 'loci', headers: ['lokus', 'loci'], required: false, description: 'Nilai per lokus (unit yang disampel)', allowed: LOCI_FORMAT, example: 'dpmptsp=80.5; puskesmas-senaken=77' },
    { field: 'withoutMaladministration', headers: ['tanpa_maladministrasi', 'without_maladministration'], required: false, description: 'Hanya untuk metode dengan kualifikasi opini (2025 dst.)', allowed: BOOLEAN_WORDS, example: '' },
  ],
  dto: RecordAssessmentRequestDto,
  toBody: (cells: RowCells): RowBody => {
    const problems: RowBody['problems'] = [];
    const body: Record<string, unknown> = {};
    const set = (field: string, value: unknown) => {
      if (value !== undefined) body[field] = value;
    };
    set('entityCode', present(cells, 'entityCode'));
    const year = present(cells, 'year');
    set('year', year === undefined ? undefined : integerCell(year));
    const score = present(cells, 'score');
    set('score', score === undefined ? undefined : numberCell(score));
    const publishedOn = present(cells, 'publishedOn');
    set('publishedOn', publishedOn === undefined ? undefined : dateCell(publishedOn));
    set('loci', lociCell(present(cells, 'loci'), problems));
    const qualifier = present(cells, 'withoutMaladministration');
    set('withoutMaladministration', qualifier === undefined ? undefined : booleanCell(qualifier));
    return { body, problems };
  },
  columnOf: (field) => field.split('.')[0],
  command: (dto, meta) => new RecordAssessmentCommand(dto as RecordAssessmentRequestDto, meta),
  handler: ({ aggregates, get }) => new RecordAssessmentHandler(aggregates, get<MethodologyCatalog>(METHODOLOGY_CATALOG)),
};

export const assessmentsImport: ImportKind = {
  name: 'assessments',
  title: 'Yearly compliance results',
  tables: [assessmentsTable],
};
