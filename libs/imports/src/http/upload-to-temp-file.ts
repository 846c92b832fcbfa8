import { HttpStatus } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { ProblemException, multipartRequired } from '@app/platform/http';
import { invalidImportFile } from '../reading/import-file-error';


/**
 * Streams the request's one file part (`file`) to a new file under `dir`, never holding it in
 * memory, and answers its path. Whatever goes wrong (too large, cut off, not multipart), no file
 * is left behind.
 */
export async function uploadToTempFile(request: FastifyRequest, dir: string, maxBytes: number): Promise<string> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart()) throw new ProblemException(multipartRequired(request.headers['content-type']));
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 }, throwFileSizeLimit: true });
  } catch (error) {
    throw uploadProblem(error, maxBytes);
  }
  if (!part) throw invalidImportFile('the request carries no file', 'one multipart part named "file" holding the CSV or XLSX');
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw invalidImportFile(`the file came in a part named "${part.fieldname.slice(0, 40)}"`, 'one multipart part named "file"');
  }
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.upload`);
  const target = createWriteStream(path, { flags: 'wx' });
  try {
    await pipeline(part.file, target);
    if (part.file.truncated) throw tooLarge(maxBytes);
    return path;
  } catch (error) {
    // A write stream destroyed before it opened still creates the file: wait until it is closed.
    if (!target.closed) await new Promise<void>((resolve) => target.once('close', () => resolve()));
    await rm(path, { force: true });
    throw uploadProblem(error, maxBytes);
  }
}

/**
 * What the multipart parser (busboy, through @fastify/multipart) throws, as a problem naming the
 * file: too large (413), cut off or malformed (400). Refusals already made pass through.
 */
function uploadProblem(error: unknown, maxBytes: number): unknown {
  if (error instanceof ProblemException || (error as { kind?: unknown } | null)?.kind !== undefined) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if ((typeof code === 'string' && code.startsWith('FST_')) || /multipart|boundary|part|form|premature|unexpected end/i.test(message) || (typeof statusCode === 'number' && statusCode < 500)) {
    return new ProblemException({
      status: HttpStatus.BAD_REQUEST,
      code: 'MalformedUpload',
      detail: `The body is not a well-formed upload: ${message}`,
      errors: [{ field: 'file', message, allowed: 'multipart/form-data with one part named "file" (and nothing else)' }],
    });
  }
  return error;
}

function tooLarge(maxBytes: number): ProblemException {
  return new ProblemException({
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: 'ImportFileTooLarge',
    detail: `The file is larger than ${maxBytes} bytes; split it or raise IMPORT_MAX_FILE_BYTES`,
    errors: [{ field: 'file', message: `is more than ${maxBytes} bytes`, allowed: maxBytes }],
  });
}
