import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { text } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { spooled } from './spooled-file';

const headers = { type: 'text/csv', disposition: 'attachment; filename="x.csv"' };

describe('spooled', () => {
  it('hands the written file back with its length, already removed from disk', async () => {
    let path = '';
    const file = await spooled(async (p) => {
      path = p;
      await writeFile(p, 'Kode\r\n64.01\r\n');
    }, headers);
    expect(file.getHeaders()).toMatchObject({ type: 'text/csv', length: 13 });
    expect(existsSync(dirname(path))).toBe(false);
    expect(await text(file.getStream() as Readable)).toBe('Kode\r\n64.01\r\n');
  });

  it('removes a half-written file when writing fails, and passes the error on', async () => {
    let path = '';
    const failure = spooled(async (p) => {
      path = p;
      await writeFile(p, 'Kode\r\n');
      throw new Error('page 3 refused');
    }, headers);
    await expect(failure).rejects.toThrow('page 3 refused');
    expect(path).not.toBe('');
    expect(existsSync(dirname(path))).toBe(false);
  });
});
