/**
 * Indonesian titles by HTTP status, for problems whose code was derived from the status
 * (Nest's own exceptions: `NotFound` for an unknown route, `MethodNotAllowed`, …) and as the
 * last resort for a code the catalogue does not know.
 */
export const STATUS_TITLES_ID: Readonly<Record<number, string>> = {
  400: 'Permintaan tidak valid',
  401: 'Perlu masuk terlebih dahulu',
  402: 'Pembayaran diperlukan',
  403: 'Akses ditolak',
  404: 'Tidak ditemukan',
  405: 'Metode tidak diizinkan',
  406: 'Format tidak tersedia',
  407: 'Perlu autentikasi proxy',
  408: 'Waktu permintaan habis',
  409: 'Bertentangan dengan data saat ini',
  410: 'Sudah tidak tersedia',
  411: 'Panjang isi harus dinyatakan',
  412: 'Prasyarat tidak terpenuhi',
  413: 'Isi permintaan terlalu besar',
  414: 'Alamat permintaan terlalu panjang',
  415: 'Jenis isi tidak didukung',
  416: 'Rentang tidak dapat dipenuhi',
  417: 'Harapan tidak dapat dipenuhi',
  418: 'Permintaan ditolak',
  421: 'Permintaan salah alamat',
  422: 'Permintaan tidak dapat diproses',
  423: 'Sumber daya terkunci',
  424: 'Bergantung pada permintaan yang gagal',
  428: 'Prasyarat diperlukan',
  429: 'Terlalu banyak permintaan',
  431: 'Header permintaan terlalu besar',
  456: 'Kesalahan yang tidak dapat dipulihkan',
  500: 'Terjadi kesalahan di server',
  501: 'Belum didukung',
  502: 'Gateway menerima jawaban yang tidak valid',
  503: 'Layanan sedang tidak tersedia',
  504: 'Waktu tunggu gateway habis',
  505: 'Versi HTTP tidak didukung',
  507: 'Ruang penyimpanan tidak cukup',
  508: 'Terdeteksi perulangan',
};

/** The title for a status this table does not list: by its class. */
export function statusTitleId(status: number): string {
  return STATUS_TITLES_ID[status] ?? (status >= 500 ? 'Terjadi kesalahan di server' : 'Permintaan ditolak');
}

/** The sentence for a problem the catalogue does not know. */
export function genericDetailId(status: number): string {
  return status >= 500
    ? 'Server tidak dapat menyelesaikan permintaan ini. Coba lagi nanti; rincian dalam bahasa Inggris ada di detailEn.'
    : 'Permintaan ini ditolak. Rincian dalam bahasa Inggris ada di detailEn.';
}
