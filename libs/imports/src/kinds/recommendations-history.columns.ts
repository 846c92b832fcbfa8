import { MAX_EVIDENCE_DOCUMENTS } from '@app/evidence';
import { OUTSIDE_CHANNELS, VERDICTS } from '@app/follow-up';
import type { ImportColumn, RowBody, RowCells } from './import-kind';
import { DATE_FORMS, dateCell, present } from './cell-values';

/**
 * The follow-up history of a recommendations row: at most one follow-up received outside the
 * system and the officer's verification of it. An item with several follow-ups takes one row
 * each, repeating the item's own columns (which name the same recommendation): a row stays the
 * same few commands whatever the file holds, and a long history is a sort by item in the sheet.
 */

/** How imported history reached the Ombudsman when the file does not say: by letter, as most did. */
export const DEFAULT_RECEIVED_VIA = 'surat';

const DOCUMENTS_ALLOWED = `1–${MAX_EVIDENCE_DOCUMENTS} documentId answered by POST /v1/evidence for the provider, separated by ";"`;

const FOLLOW_UP_FIELDS = ['followUpSubmittedOn', 'followUpSummary', 'followUpReceivedVia', 'followUpLetterNumber', 'followUpDocuments'] as const;
const VERIFICATION_FIELDS = ['verdict', 'verifiedOn', 'verificationNote'] as const;

export const historyColumns: readonly ImportColumn[] = [
  { field: 'followUpSubmittedOn', headers: ['tanggal_tindak_lanjut', 'follow_up_on'], required: false, description: 'Riwayat (boleh kosong): tanggal tindak lanjut diterima, mis. tanggal surat. Wajib bila baris membawa tindak lanjut; tindak lanjut kedua dst. = baris berikutnya yang mengulang kolom rekomendasi yang sama', allowed: `${DATE_FORMS}; with a follow-up: on or after tanggal_terbit, not in the future`, example: '2024-03-20' },
  { field: 'followUpSummary', headers: ['ringkasan_tindak_lanjut', 'follow_up_summary'], required: false, description: 'Apa yang telah dilakukan penyelenggara (wajib bila baris membawa tindak lanjut)', allowed: 'text, at most 4000 characters; required with a follow-up', example: 'Standar pelayanan ditetapkan dengan SK Kepala DPMPTSP dan dipajang di loket' },
  { field: 'followUpReceivedVia', headers: ['diterima_melalui', 'received_via'], required: false, description: `Cara tindak lanjut diterima di luar sistem; kosong = ${DEFAULT_RECEIVED_VIA}`, allowed: `${OUTSIDE_CHANNELS.join(', ')} (empty: ${DEFAULT_RECEIVED_VIA})`, example: 'surat' },
  { field: 'followUpLetterNumber', headers: ['nomor_surat', 'letter_number'], required: false, description: 'Nomor surat (atau notulen) pengantar tindak lanjut', allowed: 'single-line text, at most 200 characters', example: '700/123/Org/2024' },
  { field: 'followUpDocuments', headers: ['dokumen', 'documents'], required: false, description: 'Bukti tindak lanjut: documentId dari unggahan POST /v1/evidence untuk penyelenggara ini (unggah dulu), dipisah ";". Tindak lanjut tanpa dokumen ditolak', allowed: DOCUMENTS_ALLOWED, example: '3f1c9d0b-2e4f-5a8c-9e2d-4f6b8a0c2e4f' },
  { field: 'verdict', headers: ['hasil_verifikasi', 'verdict'], required: false, description: 'Hasil verifikasi petugas atas tindak lanjut di baris yang sama; sesuai menuntaskan rekomendasi', allowed: `${VERDICTS.join(', ')}; only with a follow-up on the same row`, example: 'sesuai' },
  { field: 'verifiedOn', headers: ['tanggal_verifikasi', 'verified_on'], required: false, description: 'Tanggal verifikasi (wajib bila ada hasil_verifikasi)', allowed: `${DATE_FORMS}, on or after tanggal_tindak_lanjut, not in the future`, example: '2024-04-05' },
  { field: 'verificationNote', headers: ['catatan_verifikasi', 'verification_note'], required: false, description: 'Temuan petugas saat verifikasi (wajib bila ada hasil_verifikasi)', allowed: 'text, at most 2000 characters; required with a verdict', example: 'Diperiksa di lokasi: standar pelayanan lengkap dan terpajang' },
];

/** Request field (in either request, or as the row DTO nests it) → the history column it came from. */
const HISTORY_COLUMN_OF: Record<string, string> = {
  followUp: 'followUpSummary',
  summary: 'followUpSummary',
  submittedOn: 'followUpSubmittedOn',
  receivedVia: 'followUpReceivedVia',
  letterNumber: 'followUpLetterNumber',
  documents: 'followUpDocuments',
  verification: 'verdict',
  verdict: 'verdict',
  verifiedOn: 'verifiedOn',
  note: 'verificationNote',
};

/**
 * `followUp.documents.0.documentId` (the row DTO's rules) or `documents.0.documentId` (the
 * SubmitFollowUp decision's) → `followUpDocuments`; undefined for a field that is not history.
 */
export function historyColumnOf(field: string): string | undefined {
  const [head, ...rest] = field.split('.');
  const inner = head === 'followUp' || head === 'verification' ? rest[0] ?? head : head;
  return HISTORY_COLUMN_OF[inner];
}

const hasAny = (cells: RowCells, fields: readonly string[]) => fields.some((field) => present(cells, field) !== undefined);

/** `verdict: "Belum Sesuai"` → `belum_sesuai`, as the vocabulary writes it. */
const word = (text: string | undefined) => text?.toLowerCase().replace(/\s+/g, '_');

/**
 * The history cells as the two request bodies, `followUp` and `verification`, and what the
 * requests alone would not refuse clearly: a follow-up without its date or a document, one
 * claimed to have come in through the system (imported history never did), or a verification
 * without the follow-up it judges.
 */
export function historyBody(cells: RowCells): RowBody {
  const body: Record<string, unknown> = {};
  const problems: RowBody['problems'] = [];
  const withFollowUp = hasAny(cells, FOLLOW_UP_FIELDS);
  const withVerification = hasAny(cells, VERIFICATION_FIELDS);
  if (withVerification && !withFollowUp) {
    problems.push({ field: 'verdict', message: 'a verification needs the follow-up it judges on the same row', allowed: 'the follow-up columns (tanggal_tindak_lanjut, ringkasan_tindak_lanjut, dokumen) filled on this row' });
  }
  if (!withFollowUp) return { body, problems };

  const submittedOn = present(cells, 'followUpSubmittedOn');
  if (submittedOn === undefined) problems.push({ field: 'followUpSubmittedOn', message: 'a follow-up brought in with its history needs its date', allowed: `${DATE_FORMS}, on or after tanggal_terbit, not in the future` });
  const receivedVia = word(present(cells, 'followUpReceivedVia')) ?? DEFAULT_RECEIVED_VIA;
  if (!(OUTSIDE_CHANNELS as readonly string[]).includes(receivedVia)) {
    problems.push({ field: 'followUpReceivedVia', message: `"${receivedVia.slice(0, 40)}" is not a way a follow-up comes in from outside the system`, allowed: OUTSIDE_CHANNELS });
  }
  const documents = (present(cells, 'followUpDocuments') ?? '')
    .split(/[;\n]/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (documents.length === 0) problems.push({ field: 'followUpDocuments', message: 'a follow-up counts only with evidence: no document', allowed: DOCUMENTS_ALLOWED });
  const followUp: Record<string, unknown> = { receivedVia, documents: documents.map((documentId) => ({ documentId })) };
  const set = (target: Record<string, unknown>, key: string, value: string | undefined) => {
    if (value !== undefined) target[key] = value;
  };
  set(followUp, 'summary', present(cells, 'followUpSummary'));
  set(followUp, 'submittedOn', submittedOn === undefined ? undefined : dateCell(submittedOn));
  set(followUp, 'letterNumber', present(cells, 'followUpLetterNumber'));
  body.followUp = followUp;

  if (withVerification) {
    const verifiedOn = present(cells, 'verifiedOn');
    if (verifiedOn === undefined) problems.push({ field: 'verifiedOn', message: 'a verification brought in with its history needs its date', allowed: `${DATE_FORMS}, on or after tanggal_tindak_lanjut, not in the future` });
    const verification: Record<string, unknown> = {};
    set(verification, 'verdict', word(present(cells, 'verdict')));
    set(verification, 'verifiedOn', verifiedOn === undefined ? undefined : dateCell(verifiedOn));
    set(verification, 'note', present(cells, 'verificationNote'));
    body.verification = verification;
  }
  return { body, problems };
}
