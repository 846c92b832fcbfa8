import { Module } from '@nestjs/common';
import { EVIDENCE_STORE } from './evidence-store.port';
import { evidenceStoreProvider } from './evidence-store.config';

/**
 * The evidence store (EVIDENCE_STORE: ${DATA_DIR}/evidence, or S3 with EVIDENCE_S3_BUCKET) for every
 * context that stores or reads documents. Needs APP_CONFIG.
 */
@Module({ providers: [evidenceStoreProvider], exports: [EVIDENCE_STORE] })
export class EvidenceStoreModule {}
