import { Module } from '@nestjs/common';
import { uploadLimitsProvider } from './limits/evidence-limits';
import { EvidenceStoreModule } from './store/evidence-store.module';
import { EvidenceUploader } from './upload/evidence-uploader';
import { UploadEvidenceHttpController } from './upload/upload-evidence.http.controller';
import { EvidenceDownload } from './download/evidence-download';
import { CITED_DOCUMENTS } from './download/document-locator';
import { CitedDocumentsIndex } from './download/cited-documents.index';
import { DownloadEvidenceHttpController } from './download/download-evidence.http.controller';

/**
 * Evidence over HTTP: POST /v1/evidence (multipart upload, EVIDENCE_MAX_FILE_BYTES) and
 * GET /v1/evidence/{documentId}. Needs CommandsModule, APP_CONFIG, the registry's entity streams,
 * acceptMultipartUploads on the Fastify instance, and the global ProjectionsModule with
 * citedDocumentsProjection registered (documents cited inline are found through it).
 */
@Module({
  imports: [EvidenceStoreModule],
  controllers: [UploadEvidenceHttpController, DownloadEvidenceHttpController],
  providers: [uploadLimitsProvider, EvidenceUploader, EvidenceDownload, { provide: CITED_DOCUMENTS, useClass: CitedDocumentsIndex }],
})
export class EvidenceModule {}
