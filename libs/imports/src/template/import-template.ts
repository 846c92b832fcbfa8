import ExcelJS from 'exceljs';
import type { ImportKind } from '../kinds/import-kind';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The workbook an office fills in: one sheet per table with the Indonesian headers (frozen)
 * and an example row, then "Petunjuk": each column, whether it is required, what it means,
 * the values allowed and its English header (also accepted).
 */
export async function importTemplate(kind: ImportKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ombudsman RI follow-up tracker';
  for (const table of kind.tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.headers[0], key: c.field, width: Math.max(14, c.headers[0].length + 4) }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.field, c.example])));
  }
  const notes = workbook.addWorksheet('Petunjuk');
  notes.columns = [
    { header: 'Lembar', key: 'sheet', width: 12 },
    { header: 'Kolom', key: 'column', width: 22 },
    { header: 'Kolom (English)', key: 'english', width: 24 },
    { header: 'Wajib', key: 'required', width: 8 },
    { header: 'Keterangan', key: 'description', width: 60 },
    { header: 'Nilai yang diizinkan', key: 'allowed', width: 60 },
    { header: 'Contoh', key: 'example', width: 24 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const table of kind.tables) {
    for (const c of table.columns) {
      notes.addRow({ sheet: table.name, column: c.headers[0], english: c.headers[1], required: c.required ? 'ya' : 'tidak', description: c.description, allowed: c.allowed, example: c.example });
    }
  }
  notes.addRow({});
  const general = [
    'Baris pertama tiap lembar adalah judul kolom; judul boleh berbahasa Indonesia atau Inggris, huruf besar/kecil dan spasi tidak dibedakan.',
    'Berkas boleh XLSX atau CSV UTF-8 (pemisah koma, titik koma atau tab). Baris kosong dilewati.',
    'Unggah dengan ?dryRun=true untuk memeriksa tanpa menyimpan: setiap baris yang salah disebut nomor baris dan kolomnya.',
    'Berkas dengan satu baris salah ditolak seluruhnya; mengimpor ulang baris yang sama tidak menulis apa pun dua kali.',
  ];
  if (kind.tables.length > 1) general.push(`Lembar "${kind.tables[1].name}" boleh dikosongkan atau dihapus; lembar ini ("Petunjuk") diabaikan saat impor.`);
  else general.push('Lembar ini ("Petunjuk") diabaikan saat impor.');
  for (const line of [...general, ...(kind.notes ?? [])]) notes.addRow({ sheet: 'Catatan', description: line });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
