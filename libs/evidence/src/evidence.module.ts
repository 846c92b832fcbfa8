import { Module } from '@nestjs/common';
import { uploadLimitsProvider } from './limits/evidence-limits';
import { EvidenceStoreModule } from './store/evidence-store.module';
import { EvidenceUploader } from './upload/evidence-uploader';
import { UploadEvidenceHttpController } from './upload/upload-evidence.http.controller';
import { EvidenceDownload } from './download/evidence-download';
import { DownloadEvidenceHttpController } from './download/download-evidence.http.controller';

/**
 * Evidence over HTTP: POST /v1/evidence (multipart upload, EVIDENCE_MAX_FILE_BYTES) and
 * GET /v1/evidence/{documentId}. Needs CommandsModule, APP_CONFIG, the registry's entity streams,
 * and acceptMultipartUploads on the Fastify instance.
 */
@Module({
  imports: [EvidenceStoreModule],
  controllers: [UploadEvidenceHttpController, DownloadEvidenceHttpController],
  providers: [uploadLimitsProvider, EvidenceUploader, EvidenceDownload],
})
export class EvidenceModule {}
