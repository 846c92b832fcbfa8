import { RECOMMENDATION_KINDS, SOURCE_TYPES } from '@app/follow-up';
import type { ImportKind, ImportTable, RowBody, RowCells } from './import-kind';
import { DATE_FORMS, dateCell, present } from './cell-values';
import { historyBody, historyColumnOf, historyColumns } from './recommendations-history.columns';
import { ImportRecommendationRowCommand } from './recommendations-row.command';
import { dryRecommendationRowHandler } from './recommendations-row.handler';
import { ImportRecommendationRowDto } from './recommendations-row.request.dto';

/** `source.type` and `source.ref` of the request are two columns of the sheet. */
const COLUMN_OF: Record<string, string> = { source: 'sourceType', 'source.type': 'sourceType', 'source.ref': 'sourceRef' };

/**
 * Report-card items: one row per recommendation, as POST /v1/recommendations, optionally with
 * the follow-up it received and its verification (recommendations-history.columns), run as the
 * single requests would be: IssueRecommendation, SubmitFollowUp, VerifyFollowUp.
 */
export const recommendationsTable: ImportTable = {
  name: 'rekomendasi',
  sheetNames: ['rekomendasi', 'recommendations', 'saran'],
  independentRows: true,
  subjectField: 'entityCode',
  columns: [
    { field: 'entityCode', headers: ['kode', 'code'], required: true, description: 'Kode penyelenggara yang harus menindaklanjuti (terdaftar)', allowed: 'the code of a registered provider', example: '64.01' },
    { field: 'unitId', headers: ['unit', 'unit_id'], required: false, description: 'Unit yang harus bertindak (terdaftar di penyelenggara); kosongkan untuk penyelenggara', allowed: 'a unit id registered under the provider', example: 'dpmptsp' },
    { field: 'kind', headers: ['jenis', 'kind'], required: true, description: 'Jenis: saran perbaikan, tindakan korektif (LAHP) atau rekomendasi (UU 37/2008 ps. 38); menentukan tenggat bawaan', allowed: RECOMMENDATION_KINDS.join(', '), example: 'saran_perbaikan' },
    { field: 'sourceType', headers: ['sumber', 'source'], required: true, description: 'Asal rekomendasi', allowed: SOURCE_TYPES.join(', '), example: 'assessment' },
    { field: 'sourceRef', headers: ['rujukan', 'source_ref'], required: true, description: 'Dokumen sumber: untuk penilaian assessment-<kode>-<tahun> (harus tercatat), selain itu mis. nomor LAHP', allowed: 'single-line text, at most 200 characters', example: 'assessment-64.01-2023' },
    { field: 'title', headers: ['judul', 'title'], required: true, description: 'Apa yang harus dilakukan', allowed: 'single-line text, at most 500 characters', example: 'Lengkapi standar pelayanan di loket DPMPTSP' },
    { field: 'issuedOn', headers: ['tanggal_terbit', 'issued_on'], required: true, description: 'Tanggal diterbitkan (sel tanggal, YYYY-MM-DD atau DD/MM/YYYY)', allowed: `${DATE_FORMS}, not in the future`, example: '2024-02-15' },
    { field: 'dueOn', headers: ['tenggat', 'due_on'], required: false, description: 'Batas waktu; kosongkan agar mengikuti aturan tenggat jenisnya', allowed: `${DATE_FORMS}, on or after tanggal_terbit`, example: '' },
    ...historyColumns,
  ],
  dto: ImportRecommendationRowDto,
  toBody: (cells: RowCells): RowBody => {
    const body: Record<string, unknown> = {};
    const set = (field: string, value: unknown) => {
      if (value !== undefined) body[field] = value;
    };
    set('entityCode', present(cells, 'entityCode'));
    set('unitId', present(cells, 'unitId'));
    set('kind', present(cells, 'kind')?.toLowerCase().replace(/\s+/g, '_'));
    const type = present(cells, 'sourceType')?.toLowerCase();
    const ref = present(cells, 'sourceRef');
    if (type !== undefined || ref !== undefined) set('source', { ...(type === undefined ? {} : { type }), ...(ref === undefined ? {} : { ref }) });
    set('title', present(cells, 'title'));
    const date = (field: string) => {
      const text = present(cells, field);
      return text === undefined ? undefined : dateCell(text);
    };
    set('issuedOn', date('issuedOn'));
    set('dueOn', date('dueOn'));
    const history = historyBody(cells);
    return { body: { ...body, ...history.body }, problems: history.problems };
  },
  columnOf: (field) => COLUMN_OF[field] ?? historyColumnOf(field) ?? field.split('.')[0],
  command: (dto, meta) => new ImportRecommendationRowCommand(dto as ImportRecommendationRowDto, meta, recommendationsTable),
  handler: (deps) => dryRecommendationRowHandler(deps),
};

export const recommendationsImport: ImportKind = {
  name: 'recommendations',
  title: 'Report-card items (recommendations), optionally with their follow-up history',
  tables: [recommendationsTable],
  notes: [
    'Riwayat tindak lanjut (kolom tanggal_tindak_lanjut s.d. catatan_verifikasi) boleh dikosongkan: rekomendasi tercatat belum ditindaklanjuti.',
    'Satu baris membawa paling banyak satu tindak lanjut dan verifikasinya. Tindak lanjut kedua dst. (mis. setelah belum_sesuai): tambahkan baris yang mengulang kolom rekomendasi persis sama (kode s.d. tenggat) — baris-baris itu menunjuk rekomendasi yang sama, urut sesuai urutan baris.',
    'Dokumen bukti diunggah lebih dulu dengan POST /v1/evidence (entityCode = kode penyelenggara); documentId jawabannya ditulis di kolom dokumen, beberapa dipisah ";".',
    'Tindak lanjut impor dicatat petugas atas nama penyelenggara (bukan melalui sistem): diterima_melalui surat, rapat, email atau lainnya; kosong = surat.',
    'Tanggal harus berurutan dan tidak di masa depan: tanggal_terbit ≤ tanggal_tindak_lanjut ≤ tanggal_verifikasi. Keterlambatan dinilai dari tanggal-tanggal ini, bukan dari tanggal impor; tenggat yang sudah lewat tidak memicu pengingat atau notifikasi.',
    'Penutupan dengan cara lain (ditutup petugas, tidak dapat ditindaklanjuti) dicatat sesudah impor pada rekomendasinya (POST /v1/recommendations/{id}/close, …/not-actionable).',
  ],
};
