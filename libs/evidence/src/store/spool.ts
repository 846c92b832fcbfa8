import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EvidenceCorrupted, checkStorageKey } from './evidence-store.port';

export interface Spooled {
  path: string;
  sha256: string;
  size: number;
}

/**
 * Writes a stream to a fresh file under `dir` while hashing it, so a 50 MiB upload is never held
 * in memory and its content address is known when it ends. A stream that fails (refused by the
 * inspection, cut off by the client) leaves no file behind.
 */
export async function spool(source: AsyncIterable<Buffer>, dir: string): Promise<Spooled> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${process.pid}.${randomUUID()}.part`);
  const hash = createHash('sha256');
  let size = 0;
  async function* measured(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      hash.update(chunk);
      size += chunk.length;
      yield chunk;
    }
  }
  // Open before piping and wait for the close before unlinking: a write stream opened lazily can
  // create its file after a failed pipeline's unlink ran, leaving an orphan `.part` behind.
  const sink = (await open(path, 'wx')).createWriteStream();
  try {
    await pipeline(Readable.from(measured()), sink);
  } catch (error) {
    await closedOf(sink);
    await removeQuietly(path);
    throw error;
  }
  return { path, sha256: hash.digest('hex'), size };
}

const closedOf = (stream: Writable): Promise<void> =>
  stream.closed ? Promise.resolve() : new Promise((resolve) => stream.once('close', () => resolve()));

export const removeQuietly = (path: string): Promise<void> => unlink(path).catch(() => undefined);

export const readSpooled = (path: string): Readable => createReadStream(path);

/**
 * Passes stored bytes through to a download while hashing them; when they no longer hash to
 * their key (altered outside the product) the stream fails at its end, so the client sees a
 * broken transfer rather than a complete-looking corrupt document.
 */
export function verifiedStream(source: Readable, storageKey: string): Readable {
  const check = verifying(storageKey);
  source.on('error', (error) => check.destroy(error));
  return source.pipe(check);
}

function verifying(storageKey: string): Transform {
  const expected = checkStorageKey(storageKey);
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      done(hash.digest('hex') === expected ? null : new EvidenceCorrupted(`Evidence ${storageKey} no longer matches its SHA-256`));
    },
  });
}
