import { open } from 'node:fs/promises';
import { invalidImportFile } from './import-file-error';
import type { FileFormat } from './table-record';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * XLSX or CSV, told from the bytes rather than the name or the declared type: an XLSX is a zip
 * archive; the old binary .xls (an OLE file) is refused with advice; anything else is read as CSV
 * (whose own rules then decide).
 */
export async function fileFormatOf(path: string): Promise<FileFormat> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    if (bytesRead === 0) throw invalidImportFile('it is empty', 'an XLSX workbook or a CSV file with a header row and rows');
    if (head.equals(ZIP)) return 'xlsx';
    if (head.equals(OLE)) throw invalidImportFile('it is an old binary Excel file (.xls)', 'save it as an Excel workbook (.xlsx) or CSV UTF-8');
    return 'csv';
  } finally {
    await handle.close();
  }
}
