import { DomainError } from '@app/kernel';
import { ProblemException } from '@app/platform/http';
import { Inspection, inspectedBytes } from './inspected-bytes';
import { SNIFF_BYTES } from './media-type-judge';

const FIELDS = { bytes: 'file', declaredType: 'file' };
const MAX = 64 * 1024;

async function* chunked(content: Buffer, size = 1000): AsyncGenerator<Buffer> {
  for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
}

/** Runs the inspection to its end; returns what passed through, or the refusal. */
async function run(content: Buffer, name = 'laporan.pdf', mediaType?: string) {
  const inspection: Inspection = { size: 0 };
  const passed: Buffer[] = [];
  try {
    for await (const chunk of inspectedBytes(chunked(content), { name, mediaType }, MAX, FIELDS, inspection)) passed.push(chunk);
    return { passed: Buffer.concat(passed), inspection };
  } catch (error) {
    return { passed: Buffer.concat(passed), inspection, error };
  }
}

const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

describe('inspecting an upload as it streams', () => {
  it('passes a file of exactly the limit through whole, with its type', async () => {
    const { passed, inspection, error } = await run(pdfOf(MAX));
    expect(error).toBeUndefined();
    expect(passed.equals(pdfOf(MAX))).toBe(true);
    expect(inspection).toEqual({ size: MAX, mediaType: 'application/pdf' });
  });

  it('refuses one byte over the limit with 413 DocumentTooLarge naming the field', async () => {
    const { error } = await run(pdfOf(MAX + 1));
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).problem).toMatchObject({ status: 413, code: 'DocumentTooLarge', errors: [{ field: 'file', allowed: MAX }] });
  });

  it('refuses an executable before passing on a single byte', async () => {
    const { passed, error } = await run(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(3 * SNIFF_BYTES, 1)]));
    expect(passed.length).toBe(0);
    expect(error).toMatchObject({ code: 'ExecutableRefused', fields: [{ field: 'file' }] });
  });

  it('judges a file shorter than the sniffing window from all of it', async () => {
    expect((await run(Buffer.from('%PDF-1.4 kecil'))).inspection.mediaType).toBe('application/pdf');
  });

  it('refuses text whose bytes stop being UTF-8 past the sniffing window', async () => {
    const content = Buffer.concat([Buffer.alloc(2 * SNIFF_BYTES, 0x61), Buffer.from([0xc3, 0x28]), Buffer.from('x')]);
    const { error } = await run(content, 'catatan.txt');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'InvalidText', fields: [{ field: 'file' }] });
  });

  it('refuses text cut in the middle of a character at its very end', async () => {
    expect((await run(Buffer.concat([Buffer.alloc(2 * SNIFF_BYTES, 0x61), Buffer.from([0xe2, 0x80])]), 'catatan.txt')).error).toMatchObject({ code: 'InvalidText' });
  });

  it('refuses an empty file', async () => {
    expect((await run(Buffer.alloc(0))).error).toMatchObject({ code: 'EmptyDocument', fields: [{ field: 'file' }] });
  });
});
