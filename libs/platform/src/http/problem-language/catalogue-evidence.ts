import { fieldList, type ProblemCatalogue } from './problem-text';

/** Refusals of evidence (uploaded and inline documents) and of spreadsheet imports. */
export const EVIDENCE_PROBLEMS_ID: ProblemCatalogue = {
  InvalidEvidence: { title: 'Bukti tidak valid', render: (p) => `Bukti tidak dijelaskan dengan benar: ${fieldList(p)}.` },
  TooManyDocuments: { title: 'Terlalu banyak dokumen', detail: 'Terlalu banyak dokumen dalam satu kiriman.' },
  DocumentTooLarge: { title: 'Dokumen terlalu besar', detail: 'Dokumen melebihi ukuran yang diizinkan; unggah berkas besar lewat POST /v1/evidence lalu rujuk documentId-nya.' },
  DocumentsTooLarge: { title: 'Dokumen terlalu besar', detail: 'Dokumen yang dikirim langsung melebihi ukuran total yang diizinkan; unggah berkas besar lewat POST /v1/evidence.' },
  EmptyDocument: { title: 'Dokumen kosong', detail: 'Dokumen ini kosong.' },
  EvidenceChecksumMismatch: { title: 'Checksum tidak cocok', detail: 'Isi berkas yang diterima tidak cocok dengan SHA-256 yang dinyatakan.' },
  ExecutableRefused: { title: 'Berkas program ditolak', detail: 'Berkas ini adalah program yang dapat dijalankan; berkas seperti itu ditolak.' },
  MediaTypeNotAllowed: { title: 'Jenis berkas tidak diizinkan', detail: 'Jenis berkas ini tidak diterima sebagai bukti.' },
  MediaTypeMismatch: { title: 'Jenis berkas tidak cocok', detail: 'Isi berkas tidak sesuai dengan jenis berkas yang dinyatakan.' },
  MediaTypeUndetermined: { title: 'Jenis berkas tidak dikenali', detail: 'Jenis berkas tidak dapat ditentukan dari isinya.' },
  AmbiguousDocument: { title: 'Dokumen ganda', detail: 'Satu dokumen merujuk unggahan (documentId) sekaligus mengirim isinya; pilih salah satu.' },
  AmbiguousDocuments: { title: 'Dokumen ganda', detail: 'Kirim dokumen satu kali saja.' },
  UnknownDocument: { title: 'Dokumen tidak dikenal', detail: 'documentId ini bukan dokumen yang diunggah untuk penyelenggara ini.' },
  DocumentAlreadyUploaded: { title: 'Dokumen sudah diunggah', detail: 'Dokumen dengan id ini sudah diunggah.' },
  DocumentNotFound: { title: 'Dokumen tidak ditemukan', detail: 'Dokumen ini tidak ada.' },
  DocumentFileMissing: { title: 'Berkas dokumen hilang', detail: 'Dokumen ini tercatat, tetapi berkasnya tidak ada di penyimpanan.' },
  // The upload form (multipart).
  MalformedUpload: { title: 'Unggahan tidak valid', detail: 'Isi permintaan bukan unggahan yang benar.' },
  MalformedMultipart: { title: 'Formulir unggahan tidak valid', detail: 'Isi permintaan bukan formulir multipart/form-data yang benar.' },
  MissingField: { title: 'Kolom unggahan kurang', detail: 'Formulir unggahan memerlukan entityCode dan file.' },
  InvalidField: { title: 'Kolom unggahan tidak valid', detail: 'Kolom formulir unggahan tidak valid.' },
  UnknownField: { title: 'Kolom unggahan tidak dikenal', detail: 'Formulir unggahan hanya memuat entityCode dan file.' },
  TooManyFiles: { title: 'Terlalu banyak berkas', render: () => 'Satu unggahan memuat satu berkas.' },
  TooManyParts: { title: 'Terlalu banyak bagian', render: () => 'Formulir unggahan memuat bagian selain entityCode dan file.' },
  // Imports.
  InvalidImportFile: { title: 'Berkas impor tidak valid', detail: 'Berkas ini tidak dapat diimpor.' },
  ImportFileTooLarge: { title: 'Berkas impor terlalu besar', detail: 'Berkas impor melebihi ukuran yang diizinkan; pecah berkasnya.' },
  ImportRowsInvalid: { title: 'Baris impor tidak valid', detail: 'Sebagian baris tidak dapat diimpor; tidak ada yang ditulis. Perbaiki baris yang disebutkan (lihat rows).' },
  ImportNotFound: { title: 'Impor tidak ditemukan', detail: 'Impor ini tidak dikenal (status impor disimpan 7 hari).' },
  ImportInterrupted: { title: 'Impor terhenti', detail: 'Impor terhenti karena kesalahan; impor berkas yang sama lagi untuk menyelesaikannya.' },
  UnknownImportKind: { title: 'Jenis impor tidak dikenal', detail: 'Tidak ada impor dengan nama ini.' },
};
