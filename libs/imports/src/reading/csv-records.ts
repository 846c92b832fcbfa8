import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback, pipeline } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { invalidImportFile } from './import-file-error';
import type { TableRecord } from './table-record';

/** A CSV record longer than this is not a row of any import table: refused before it fills memory. */
const MAX_RECORD_CHARS = 1_048_576;

/** Spreadsheet programs in Indonesian locales write `;` (the comma is the decimal mark); others `,`; some tabs. */
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Streams a CSV file as records, row numbers as a spreadsheet shows them (the header is row 1).
 * The bytes must be well-formed UTF-8 (a BOM is allowed); the delimiter is the one of `,` `;`
 * and tab that the header line uses most, outside quotes.
 */
export async function* csvRecords(path: string, sheetName: string): AsyncGenerator<TableRecord> {
  const delimiter = await detectDelimiter(path);
  const parser = parse({ delimiter, bom: true, relax_column_count: true, max_record_size: MAX_RECORD_CHARS });
  // pipeline, not pipe: a decoding error must reach the parser, whose iteration then throws it.
  pipeline(createReadStream(path), strictUtf8(), parser, () => undefined);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { sheetIndex: 0, sheetName, row, cells };
    }
  } catch (error) {
    if (error instanceof CsvError) throw invalidImportFile(`it is not well-formed CSV (${error.message})`, 'CSV in UTF-8 (RFC 4180), or XLSX');
    throw error;
  } finally {
    parser.destroy();
  }
}

async function detectDelimiter(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
    let quoted = false;
    for (const char of head) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === '\r')) break;
      else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  } finally {
    await handle.close();
  }
}

/** Decodes UTF-8 and refuses bytes that are not (a CSV parser would silently turn them into U+FFFD). */
function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const fail = (callback: TransformCallback) =>
    callback(invalidImportFile('its text is not well-formed UTF-8', 'CSV encoded as UTF-8 (Excel: "CSV UTF-8"), or XLSX'));
  return new Transform({
    decodeStrings: true,
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, callback) {
      try {
        callback(null, decoder.decode(chunk, { stream: true }));
      } catch {
        fail(callback);
      }
    },
    flush(callback) {
      try {
        callback(null, decoder.decode());
      } catch {
        fail(callback);
      }
    },
  });
}
