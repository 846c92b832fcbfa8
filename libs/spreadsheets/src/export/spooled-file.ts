import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamableFile } from '@nestjs/common';

/**
 * Writes a file into a private temp directory and hands it back as an open stream, the directory
 * already removed. An export is written whole before the first byte is sent:
 * a failure half-way (a page refused, Redis gone, the row cap) then answers as a problem, where a
 * response already under way could only be cut short and look like a complete, shorter file.
 * Memory stays bounded either way: rows go to disk as they come.
 */
export async function spooled(write: (path: string) => Promise<unknown>, headers: { type: string; disposition: string }): Promise<StreamableFile> {
  const dir = await mkdtemp(join(tmpdir(), 'ofu-export-'));
  const cleanUp = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'export');
  try {
    await write(path);
    const { size } = await stat(path);
    const stream = createReadStream(path);
    // Once open, the stream reads through its descriptor: the file can go now, so nothing is
    // left on disk however the response ends (read, aborted, never sent).
    await once(stream, 'open');
    await cleanUp();
    return new StreamableFile(stream, { ...headers, length: size });
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
