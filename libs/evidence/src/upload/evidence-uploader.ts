import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import type { Actor, Jurisdiction } from '@app/kernel';
import { EVENT_STORE, EventStore, nameBasedId } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import { StampedRequest, commandMetaFrom } from '@app/platform/http';
import { loadVisibleProvider } from '@app/registry';
import { requireEvidenceWriter } from '../documents/evidence-writers';
import { uploadedDocumentDecider, uploadedDocumentStream } from '../documents/uploaded-document.decider';
import type { UploadedDocument } from '../documents/uploaded-document.events';
import { EVIDENCE_UPLOAD_LIMITS, MAX_FORM_FIELD_BYTES, MAX_FORM_OVERHEAD_BYTES, UploadLimits } from '../limits/evidence-limits';
import { fileTooLarge } from '../media/document-refusals';
import { Inspection, inspectedBytes } from '../media/inspected-bytes';
import { EvidenceStaging } from '../store/evidence-staging';
import { EVIDENCE_STORE, EvidenceStore, StagedUpload } from '../store/evidence-store.port';
import { invalidPart, missingPart, multipartProblem, unknownPart } from './multipart-problems';

export type UploadRequest = FastifyRequest & StampedRequest;

/** What the uploader answers: the document as it will be cited. */
export type UploadedEvidence = Pick<UploadedDocument, 'documentId' | 'sha256' | 'name' | 'mediaType' | 'size' | 'entityCode'> & { replayed: boolean };

const FILE = { bytes: 'file', declaredType: 'file' };
const CONTROL = /[\x00-\x1F\x7F]/;

/**
 * POST /v1/evidence: reads the form as it arrives. entityCode comes first, so a caller who may
 * not add documents to that provider is refused before a byte of the file is read; the file is
 * judged from its first bytes, then streamed aside while hashed and counted, and stored under its
 * content address only once EvidenceUploaded is decided, right before the append (removed again
 * if the append fails). A refused, oversized or cut-off upload leaves no file behind.
 */
@Injectable()
export class EvidenceUploader {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(EVIDENCE_UPLOAD_LIMITS) private readonly limits: UploadLimits,
  ) {}

  async receive(request: UploadRequest): Promise<UploadedEvidence> {
    commandMetaFrom(request); // Idempotency-Key, If-Match and trace headers are refused before the body is read.
    this.refuseDeclaredLength(request);
    let provider: Jurisdiction | undefined;
    let staged: { upload: StagedUpload; name: string; mediaType: string } | undefined;
    try {
      for await (const part of request.parts(this.partLimits())) {
        if (part.type === 'field') {
          if (part.fieldname !== 'entityCode') throw unknownPart(part.fieldname);
          if (provider) throw invalidPart('entityCode', 'is sent more than once', 'one entityCode');
          provider = await this.writableProvider(entityCodeOf(part.value, part.valueTruncated), request.actor as Actor);
        } else {
          if (part.fieldname !== 'file') throw unknownPart(part.fieldname);
          if (!provider) throw missingPart('entityCode', 'must be sent before file');
          staged = await this.stage(part);
        }
      }
      if (!provider) throw missingPart('entityCode', 'is missing');
      if (!staged) throw missingPart('file', 'is missing');
    } catch (error) {
      await staged?.upload.discard();
      throw multipartProblem(error, this.limits.maxFileBytes);
    }
    return this.record(request, provider, staged);
  }

  private partLimits() {
    // One byte over the limit reaches the inspection, which refuses it with 413.
    return { limits: { fileSize: this.limits.maxFileBytes + 1, files: 1, fields: 2, parts: 3, fieldSize: MAX_FORM_FIELD_BYTES, fieldNameSize: 100, headerPairs: 20 } };
  }

  /** A declared length no form within the limit can have is refused before anything is read. */
  private refuseDeclaredLength(request: UploadRequest): void {
    const length = Number(request.headers['content-length']);
    if (Number.isFinite(length) && length > this.limits.maxFileBytes + MAX_FORM_OVERHEAD_BYTES) throw fileTooLarge('file', this.limits.maxFileBytes);
  }

  private async writableProvider(entityCode: string, actor: Actor): Promise<Jurisdiction> {
    const provider = await loadVisibleProvider(this.aggregates, entityCode, actor);
    requireEvidenceWriter(actor, provider.jurisdiction, 'Upload evidence');
    return provider.jurisdiction;
  }

  private async stage(part: MultipartFile): Promise<{ upload: StagedUpload; name: string; mediaType: string }> {
    const name = fileNameOf(part.filename);
    const inspection: Inspection = { size: 0 };
    const upload = await this.store.stage(inspectedBytes(part.file, { name, mediaType: part.mimetype }, this.limits.maxFileBytes, FILE, inspection));
    // Busboy stops at the limit + 1 byte; a stream it cut short is over the limit whatever the count says.
    if (part.file.truncated) {
      await upload.discard();
      throw fileTooLarge('file', this.limits.maxFileBytes);
    }
    return { upload, name, mediaType: inspection.mediaType as string };
  }

  private async record(request: UploadRequest, where: Jurisdiction, staged: { upload: StagedUpload; name: string; mediaType: string }): Promise<UploadedEvidence> {
    const { upload, name, mediaType } = staged;
    // An Idempotency-Key is bound to what was uploaded: the same key with other bytes is refused, not replayed.
    request.body = { entityCode: where.entityCode, name, mediaType, sha256: upload.sha256, size: upload.size };
    const meta = commandMetaFrom(request);
    const documentId = nameBasedId(`evidence-upload:${meta.commandId}`);
    const data: UploadedDocument = {
      documentId,
      entityCode: where.entityCode,
      provinceCode: where.provinceCode,
      name,
      mediaType,
      size: upload.size,
      sha256: upload.sha256,
      storageKey: upload.storageKey,
      uploadedBy: { id: meta.actor.id, role: meta.actor.role },
    };
    const staging = new EvidenceStaging(this.store, this.events);
    const result = await staging.commitBeforeAppend(upload, mediaType, (beforeAppend) =>
      this.aggregates.execute({
        stream: uploadedDocumentStream(documentId),
        id: documentId,
        decider: uploadedDocumentDecider,
        command: { type: 'RecordUpload', data, actor: meta.actor, now: meta.issuedAt },
        meta,
        beforeAppend,
      }),
    );
    return { documentId, sha256: upload.sha256, name, mediaType, size: upload.size, entityCode: where.entityCode, replayed: result.replayed };
  }
}

function entityCodeOf(value: unknown, truncated: boolean): string {
  const code = typeof value === 'string' ? value.trim() : '';
  if (truncated || code === '' || code.length > 100 || CONTROL.test(code)) throw invalidPart('entityCode', 'must be a provider code', 'a registered provider code such as 64.01');
  return code;
}

/** The name as the client's system knows it, without any path (some browsers send one). */
function fileNameOf(filename: string | undefined): string {
  const name = (filename ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  if (name === '' || name.length > 255 || CONTROL.test(name)) throw invalidPart('file', 'needs a file name (Content-Disposition filename) of 1–255 characters on one line', '1–255 characters');
  return name;
}

