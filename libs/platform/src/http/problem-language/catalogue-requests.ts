import type { Problem } from '../problem';
import { allowedText, fieldList, firstField, type ProblemCatalogue } from './problem-text';

/** ` (paling banyak 1048576 bita)`: the limit the first field problem states, when it states one. */
const limit = (p: Problem, unit = ''): string => {
  const allowed = allowedText(p);
  if (allowed === '') return '';
  return /^\d+$/.test(allowed) ? ` (paling banyak ${allowed}${unit})` : ` (${allowed})`;
};

/** `; yang diterima: application/json`, when the problem says what is accepted. */
const accepted = (p: Problem): string => (allowedText(p) === '' ? '' : `; yang diterima: ${allowedText(p)}`);

/** Refusals of the request itself (its HTTP, body, token, headers) and of the platform (store, read models). */
export const REQUEST_PROBLEMS_ID: ProblemCatalogue = {
  // Before the application: Node's parser, Fastify's router, the request guards, the body parser.
  MalformedRequest: { title: 'Permintaan tidak valid', render: () => 'Permintaan ini bukan HTTP/1.1 yang benar.' },
  RequestTimeout: { title: 'Waktu permintaan habis', render: () => 'Permintaan tidak diterima lengkap dalam batas waktu. Kirim ulang.' },
  RequestHeaderFieldsTooLarge: {
    title: 'Header permintaan terlalu besar',
    render: (p) => `Header permintaan (termasuk baris permintaan) melebihi batas keseluruhan${limit(p)}.`,
  },
  UriTooLong: { title: 'Alamat permintaan terlalu panjang', render: (p) => `Bagian ${firstField(p, 'url')} terlalu panjang${limit(p, ' karakter')}.` },
  InvalidPercentEncoding: {
    title: 'Percent-encoding tidak valid',
    render: (p) => `${firstField(p, 'path')} memuat percent-encoding yang rusak (setiap % harus diikuti dua digit heksadesimal sebuah bita UTF-8).`,
  },
  UnsupportedContentEncoding: { title: 'Content-Encoding tidak didukung', render: () => 'Isi permintaan yang dikompresi tidak diterima; kirim tanpa kompresi (identity).' },
  UnsupportedMediaType: { title: 'Jenis isi tidak didukung', render: (p) => `${firstField(p, 'header.Content-Type')} tidak diterima${accepted(p)}.` },
  ContentTooLarge: { title: 'Isi permintaan terlalu besar', render: (p) => `Isi permintaan melebihi batas${limit(p, ' bita')}.` },
  IncompleteBody: { title: 'Isi permintaan terpotong', render: () => 'Isi permintaan berakhir sebelum panjang yang dinyatakan. Kirim ulang secara lengkap.' },
  EmptyBody: { title: 'Isi permintaan kosong', render: () => 'Isi permintaan kosong; kirim nilai JSON, atau jangan kirim Content-Type.' },
  MalformedJson: { title: 'JSON tidak valid', detail: 'Isi permintaan bukan JSON yang valid.' },
  InvalidUtf8: { title: 'Bukan UTF-8 yang valid', render: () => 'Isi permintaan bukan UTF-8 yang valid (RFC 8259 §8.1).' },
  JsonTooDeep: { title: 'JSON terlalu dalam', render: (p) => `Objek dan larik dalam isi permintaan bersarang terlalu dalam${limit(p, ' tingkat')}.` },
  JsonTooLarge: { title: 'JSON terlalu besar', render: (p) => `Isi permintaan memuat terlalu banyak nilai (anggota objek dan butir larik)${limit(p, ' nilai')}.` },
  LoneSurrogate: { title: 'Teks Unicode tidak valid', render: (p) => `${firstField(p, 'body')} memuat surrogate UTF-16 tanpa pasangannya (\\uD800–\\uDFFF).` },
  ForbiddenKey: { title: 'Kunci tidak diizinkan', render: (p) => `Isi permintaan memakai kunci yang tidak diizinkan di ${firstField(p, 'body')}.` },
  // Validation of the request's fields and headers.
  ValidationFailed: {
    title: 'Validasi permintaan gagal',
    render: (p) => {
      const more = typeof p.extensions?.moreErrors === 'number' ? ` dan ${p.extensions.moreErrors} masalah lain` : '';
      return `Kolom tidak valid: ${fieldList(p)}${more}.`;
    },
  },
  BadRequest: { title: 'Permintaan tidak valid', detail: 'Permintaan ini tidak valid.' },
  IdempotencyKeyReused: {
    title: 'Idempotency-Key sudah dipakai',
    detail: 'Idempotency-Key ini sudah dipakai untuk permintaan lain; kirim kunci baru untuk permintaan baru.',
  },
  NotAcceptable: { title: 'Format tidak tersedia', render: (p) => `Header Accept tidak mengizinkan satu pun format yang tersedia${accepted(p)}.` },
  ExportTooLarge: {
    title: 'Ekspor terlalu besar',
    render: (p) => {
      const most = typeof p.extensions?.maxRows === 'number' ? ` (paling banyak ${p.extensions.maxRows} baris per ekspor)` : '';
      return `Ekspor ini akan memuat terlalu banyak baris${most}; persempit dengan filter daftar.`;
    },
  },
  // Who is asking.
  AuthenticationRequired: { title: 'Perlu masuk terlebih dahulu', render: () => 'Endpoint ini memerlukan header "Authorization: Bearer <token>".' },
  InvalidToken: { title: 'Token ditolak', detail: 'Token akses ditolak; masuk kembali untuk mendapatkan token baru.' },
  AuthUnavailable: { title: 'Layanan masuk tidak tersedia', render: () => 'Penyedia identitas tidak dapat dihubungi untuk memeriksa token. Coba lagi sebentar lagi.' },
  RoleNotAllowed: { title: 'Peran tidak diizinkan', detail: 'Peran Anda tidak boleh memakai endpoint ini.' },
  OutsideScope: { title: 'Di luar wilayah kewenangan', detail: 'Data ini tidak ada atau berada di luar wilayah kewenangan Anda.' },
  // Writes racing each other.
  ConcurrentModification: { title: 'Data berubah bersamaan', detail: 'Data ini berubah saat permintaan diproses; kirim ulang permintaan.' },
  PreconditionFailed: { title: 'Prasyarat tidak terpenuhi', detail: 'If-Match tidak cocok dengan revisi saat ini; ambil data terbaru lalu coba lagi.' },
  StreamNotFound: { title: 'Tidak ditemukan', detail: 'Data yang diminta tidak ada.' },
  // The platform.
  StoreUnavailable: { title: 'Penyimpanan peristiwa tidak tersedia', render: () => 'Penyimpanan peristiwa sedang tidak tersedia; tidak ada yang ditulis. Coba lagi sebentar lagi.' },
  ReadModelUnavailable: {
    title: 'Model baca tidak tersedia',
    render: () => 'Model baca tidak tersedia (Redis tidak menjawab); perintah tetap berjalan. Coba lagi sebentar lagi.',
  },
  ReadModelNotReady: { title: 'Model baca belum siap', detail: 'Model baca ini belum selesai dibangun; coba lagi sebentar lagi.' },
  ReadModelBehind: { title: 'Model baca tertinggal', detail: 'Model baca belum memuat perubahan terakhir Anda; coba lagi sebentar lagi.' },
  ReadModelFaulted: { title: 'Model baca rusak', detail: 'Model baca ini tidak dapat diputar ulang; GET /v1/admin/projections menyebutkan penyebabnya.' },
  RebuildInProgress: { title: 'Pembangunan ulang sedang berjalan', detail: 'Model baca ini sedang dibangun ulang; tunggu sampai selesai.' },
  UnknownProjection: { title: 'Proyeksi tidak dikenal', detail: 'Tidak ada proyeksi dengan nama ini.' },
  InternalError: { title: 'Terjadi kesalahan di server', render: () => 'Terjadi kesalahan yang tidak terduga. Kesalahan ini sudah dicatat.' },
  ConsoleNotBuilt: { title: 'Konsol belum dibangun', detail: 'Konsol belum dibangun di server ini; jalankan `npm run build`, lalu mulai ulang.' },
  // Codes Nest derives from a status (an unknown route is `NotFound`).
  NotFound: { title: 'Tidak ditemukan', detail: 'Alamat ini tidak ada di API.' },
  ServiceUnavailable: { title: 'Layanan sedang tidak tersedia', detail: 'Layanan sedang tidak tersedia; coba lagi sebentar lagi.' },
};
