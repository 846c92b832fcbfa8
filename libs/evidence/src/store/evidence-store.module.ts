import { Module } from '@nestjs/common';
import { UploadedDocuments } from '../documents/uploaded-documents';
import { EVIDENCE_STORE } from './evidence-store.port';
import { evidenceStoreProvider } from './evidence-store.config';

/**
 * The evidence store (EVIDENCE_STORE: ${DATA_DIR}/evidence, or S3 with EVIDENCE_S3_BUCKET) and the
 * uploaded documents, for every context that stores or cites documents. Needs APP_CONFIG and
 * CommandsModule (AggregateStore).
 */
@Module({ providers: [evidenceStoreProvider, UploadedDocuments], exports: [EVIDENCE_STORE, UploadedDocuments] })
export class EvidenceStoreModule {}
