import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@app/event-store';
import type { ApiHarness } from '../../support/api-harness';
import { waitUntil } from '../../support/wait-until';

export type Cell = string | number | Date | null;

/** A CSV file as a spreadsheet program writes it (CRLF, quoted where needed). */
export function csv(rows: Cell[][], delimiter = ','): Buffer {
  const quote = (cell: Cell) => {
    const text = cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
    return /["\r\n,;\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return Buffer.from(rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n', 'utf8');
}

/** An XLSX workbook with the given sheets (dates become date cells). */
export async function xlsx(sheets: Record<string, Cell[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) {
      const added = sheet.addRow(row);
      row.forEach((cell, i) => {
        if (cell instanceof Date) added.getCell(i + 1).numFmt = 'yyyy-mm-dd';
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart/form-data body with one part (by default named `file`). */
export function multipart(content: Buffer, filename: string, field = 'file'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----import${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function allEvents(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

/** Sends a file to an import route; answers status and parsed JSON. */
export async function upload(api: ApiHarness, auth: Record<string, string>, url: string, content: Buffer, filename: string, extraHeaders: Record<string, string> = {}) {
  const body = multipart(content, filename);
  const res = await api.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...auth, ...body.headers, ...extraHeaders } });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

/** Waits until the import job has ended, and answers its final status. */
export async function finished(api: ApiHarness, auth: Record<string, string>, statusUrl: string) {
  let last: { status: string; [key: string]: unknown } = { status: 'unknown' };
  await waitUntil(async () => {
    const res = await api.app.inject({ method: 'GET', url: statusUrl, headers: auth });
    last = res.json();
    return last.status !== 'writing';
  }, `import ${statusUrl} to end`);
  return last;
}
