import { Injectable } from '@nestjs/common';
import { AggregateStore } from '@app/platform/commands';
import { uploadedDocumentDecider, uploadedDocumentStream } from './uploaded-document.decider';
import type { UploadedDocument } from './uploaded-document.events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Uploaded documents by id, read from their own stream: known as soon as the upload was answered. */
@Injectable()
export class UploadedDocuments {
  constructor(private readonly aggregates: AggregateStore) {}

  async find(documentId: string): Promise<UploadedDocument | null> {
    if (!UUID.test(documentId)) return null;
    return (await this.aggregates.load(uploadedDocumentStream(documentId.toLowerCase()), uploadedDocumentDecider)).state;
  }
}
