import { TextDecoder } from 'node:util';
import { DocumentFields, emptyDocument, fileTooLarge, invalidText, refusedMedia } from './document-refusals';
import { Declared, SNIFF_BYTES, judgeMediaType } from './media-type-judge';

export interface Inspection {
  /** Set once the first bytes were judged. */
  mediaType?: string;
  size: number;
}

/**
 * Passes a file's bytes through while checking them, so nothing is buffered beyond the first
 * SNIFF_BYTES: the type is judged from those before anything is passed on (an executable is
 * refused before a byte is stored), the size is counted (one byte over `maxBytes` is refused
 * with 413), and a text file must stay valid UTF-8 to its end. Refusals name `fields`.
 */
export async function* inspectedBytes(source: AsyncIterable<Buffer>, declared: Declared, maxBytes: number, fields: DocumentFields, inspection: Inspection): AsyncGenerator<Buffer> {
  let head: Buffer[] = [];
  let headLength = 0;
  let text: TextDecoder | undefined;
  let judged = false;

  const judge = (complete: boolean): Buffer => {
    const bytes = Buffer.concat(head, headLength);
    const verdict = judgeMediaType(bytes, complete, declared);
    if (!verdict.accepted) throw refusedMedia(verdict, fields, declared.name);
    inspection.mediaType = verdict.mediaType;
    if (verdict.family === 'text') text = new TextDecoder('utf-8', { fatal: true });
    judged = true;
    head = [];
    return bytes;
  };
  const checked = (chunk: Buffer): Buffer => {
    inspection.size += chunk.length;
    if (inspection.size > maxBytes) throw fileTooLarge(fields.bytes, maxBytes);
    if (text) {
      try {
        text.decode(chunk, { stream: true });
      } catch {
        throw invalidText(fields.bytes, declared.name, inspection.size - chunk.length);
      }
    }
    return chunk;
  };

  for await (const chunk of source) {
    if (judged) {
      yield checked(chunk);
      continue;
    }
    head.push(chunk);
    headLength += chunk.length;
    if (headLength > maxBytes) throw fileTooLarge(fields.bytes, maxBytes);
    if (headLength >= SNIFF_BYTES) yield checked(judge(false));
  }
  if (!judged) {
    if (headLength === 0) throw emptyDocument(fields.bytes, declared.name);
    yield checked(judge(true));
  }
  if (text) {
    try {
      text.decode();
    } catch {
      throw invalidText(fields.bytes, declared.name, inspection.size);
    }
  }
}

/** The same checks on bytes already in memory (inline documents). */
export async function inspectBuffer(content: Buffer, declared: Declared, maxBytes: number, fields: DocumentFields): Promise<string> {
  const inspection: Inspection = { size: 0 };
  for await (const _chunk of inspectedBytes(chunksOf(content), declared, maxBytes, fields, inspection));
  return inspection.mediaType as string;
}

async function* chunksOf(content: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < content.length; at += 64 * 1024) yield content.subarray(at, at + 64 * 1024);
}
