import { createHash } from 'node:crypto';
import type { UploadedDocument } from '../documents/uploaded-document.events';
import { MAX_EVIDENCE_DOCUMENTS, MAX_INLINE_DOCUMENT_BYTES, MAX_INLINE_TOTAL_BYTES } from '../limits/evidence-limits';
import type { CitedDocumentDto } from './cited-document.request.dto';
import { CitingOptions, citedDocuments } from './cited-documents';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const pdf = (text: string, size?: number) => (size === undefined ? Buffer.from(`%PDF-1.7 ${text}`) : Buffer.concat([Buffer.from('%PDF-1.7 '), Buffer.alloc(size - 9, 0x41)]));
const inline = (content: Buffer, more: Partial<CitedDocumentDto> = {}): CitedDocumentDto => ({ name: 'sk.pdf', mediaType: 'application/pdf', contentBase64: content.toString('base64'), ...more });

const upload: UploadedDocument = {
  documentId: '3f1c9d0b-2e4f-5a8c-9e2d-4f6b8a0c2e4f',
  entityCode: '64.01',
  provinceCode: '64',
  name: 'SK Bupati.pdf',
  mediaType: 'application/pdf',
  size: 2048,
  sha256: 'a'.repeat(64),
  storageKey: `aa/${'a'.repeat(64)}`,
  uploadedBy: { id: 'liaison-paser', role: 'liaison' },
};

const options = (more: Partial<CitingOptions> = {}): CitingOptions => ({
  field: 'documents',
  inlineDocumentId: (i) => `inline-${i}`,
  provider: async () => '64.01',
  findUpload: async (id) => (id === upload.documentId ? upload : null),
  ...more,
});

const refusal = async (items: CitedDocumentDto[], more: Partial<CitingOptions> = {}) => {
  try {
    await citedDocuments(items, options(more));
    return undefined;
  } catch (error) {
    return error as { code: string; fields: Array<{ field: string }> };
  }
};

describe('citing documents (follow-ups and obligation fulfilments alike)', () => {
  it('records an uploaded document of the same provider as the upload describes it, storing nothing again', async () => {
    const { documents, staged } = await citedDocuments([{ documentId: upload.documentId }], options());
    expect(documents).toEqual([{ documentId: upload.documentId, name: 'SK Bupati.pdf', mediaType: 'application/pdf', size: 2048, sha256: upload.sha256, storageKey: upload.storageKey }]);
    expect(staged).toEqual([]);
  });

  it('refuses an upload of another provider exactly as an unknown id, naming documents.<i>.documentId', async () => {
    const foreign = await refusal([inline(pdf('a')), { documentId: upload.documentId }], { provider: async () => '64.02' });
    const unknown = await refusal([inline(pdf('a')), { documentId: '00000000-0000-4000-8000-000000000000' }]);
    expect(foreign).toMatchObject({ code: 'UnknownDocument', fields: [{ field: 'documents.1.documentId' }] });
    expect(unknown).toMatchObject({ code: 'UnknownDocument', fields: [{ field: 'documents.1.documentId' }] });
  });

  it('asks for the provider only when an upload is cited', async () => {
    const provider = jest.fn(async () => '64.01');
    await citedDocuments([inline(pdf('a'))], options({ provider }));
    expect(provider).not.toHaveBeenCalled();
  });

  it('refuses a document that is both cited and inline', async () => {
    expect(await refusal([{ documentId: upload.documentId, contentBase64: 'QQ==' }])).toMatchObject({ code: 'AmbiguousDocument', fields: [{ field: 'documents.0.contentBase64' }] });
  });

  it('measures inline documents and names them from the command', async () => {
    const content = pdf('SK');
    const { documents, staged } = await citedDocuments([inline(content, { name: '  sk.pdf ', sha256: sha(content).toUpperCase() })], options());
    expect(documents).toEqual([{ documentId: 'inline-0', name: 'sk.pdf', mediaType: 'application/pdf', size: content.length, sha256: sha(content), storageKey: `${sha(content).slice(0, 2)}/${sha(content)}` }]);
    expect(staged[0].content.equals(content)).toBe(true);
  });

  it('accepts an inline document of exactly the inline limit and refuses one byte more', async () => {
    expect(await refusal([inline(pdf('', MAX_INLINE_DOCUMENT_BYTES))])).toBeUndefined();
    expect(await refusal([inline(pdf('', MAX_INLINE_DOCUMENT_BYTES + 1))])).toMatchObject({ code: 'DocumentTooLarge', fields: [{ field: 'documents.0.contentBase64' }] });
  });

  it('refuses inline documents over the limit together', async () => {
    const part = MAX_INLINE_TOTAL_BYTES / 4;
    const documents = (extra: number) => [0, 1, 2, 3].map((n) => inline(pdf(String(n), part + (n === 3 ? extra : 0)), { name: `${n}.pdf` }));
    expect(await refusal(documents(0))).toBeUndefined();
    expect(await refusal(documents(1))).toMatchObject({ code: 'DocumentsTooLarge', fields: [{ field: 'documents' }] });
  });

  it('checks inline bytes as uploads are checked: type from the bytes, executables refused, checksum matched', async () => {
    expect(await refusal([inline(Buffer.from('just text'))])).toMatchObject({ code: 'MediaTypeMismatch', fields: [{ field: 'documents.0.mediaType' }] });
    expect(await refusal([inline(Buffer.from('MZ\x90\x00'))])).toMatchObject({ code: 'ExecutableRefused', fields: [{ field: 'documents.0.contentBase64' }] });
    expect(await refusal([inline(pdf('a'), { sha256: 'f'.repeat(64) })])).toMatchObject({ code: 'EvidenceChecksumMismatch', fields: [{ field: 'documents.0.sha256' }] });
    expect(await refusal([inline(Buffer.alloc(0))])).toMatchObject({ code: 'EmptyDocument', fields: [{ field: 'documents.0.contentBase64' }] });
  });

  it('names the field the client used (an old client sends `evidence`)', async () => {
    expect(await refusal([], { field: 'evidence' })).toMatchObject({ code: 'EvidenceRequired', fields: [{ field: 'evidence' }] });
    expect(await refusal([inline(pdf('a'), { sha256: 'f'.repeat(64) })], { field: 'evidence' })).toMatchObject({ fields: [{ field: 'evidence.0.sha256' }] });
  });

  it(`refuses more than ${MAX_EVIDENCE_DOCUMENTS} documents`, async () => {
    const many = Array.from({ length: MAX_EVIDENCE_DOCUMENTS + 1 }, (_, i) => inline(pdf(`n${i}`)));
    expect(await refusal(many)).toMatchObject({ code: 'TooManyDocuments', fields: [{ field: 'documents' }] });
    expect(await refusal(many.slice(1))).toBeUndefined();
  });
});
