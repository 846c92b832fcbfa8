import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleUploads } from './upload-dir';

describe('removeStaleUploads', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'imports-uploads-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes uploads older than the age given and keeps younger ones', async () => {
    const now = Date.parse('2026-11-22T03:00:00Z');
    writeFileSync(join(dir, 'old.upload'), 'x');
    writeFileSync(join(dir, 'young.upload'), 'x');
    utimesSync(join(dir, 'old.upload'), new Date(now - 3_600_001), new Date(now - 3_600_001));
    utimesSync(join(dir, 'young.upload'), new Date(now - 3_599_000), new Date(now - 3_599_000));
    expect(await removeStaleUploads(dir, now)).toBe(1);
    expect(readdirSync(dir)).toEqual(['young.upload']);
  });

  it('does nothing when the folder does not exist yet', async () => {
    expect(await removeStaleUploads(join(dir, 'missing'), Date.now())).toBe(0);
  });
});
