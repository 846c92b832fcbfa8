import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import contentDisposition from 'content-disposition';
import type { Actor } from '@app/kernel';
import { CurrentActor, Roles } from '@app/platform/auth';
import { ApiQuery, HeaderReply } from '@app/platform/http';
import { EvidenceDownload } from './evidence-download';

/** RFC 9530: the SHA-256 of the representation, base64 between colons. */
export const reprDigest = (sha256: string): string => `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`;

@ApiTags('evidence')
@Controller('v1/evidence')
export class DownloadEvidenceHttpController {
  constructor(private readonly downloads: EvidenceDownload) {}

  @Get(':documentId')
  @Roles('officer', 'liaison', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Download an evidence document (uploaded, or sent inline with a follow-up or an obligation fulfilment)',
    description:
      'The bytes as stored, with Content-Type (the type judged from the bytes), Content-Disposition (attachment, the file name), Content-Length and Repr-Digest (RFC 9530, SHA-256). ' +
      'For everyone who may read the provider; 403 for anyone else (and for unknown ids, unless you see every provider: then 404).',
  })
  @ApiParam({ name: 'documentId', example: '3f1c9d0b-2e4f-5a8c-9e2d-4f6b8a0c2e4f' })
  @ApiProduces('application/octet-stream')
  @ApiQuery({ description: 'The document’s bytes' })
  async download(@Param('documentId') documentId: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: HeaderReply): Promise<StreamableFile> {
    const { document, content } = await this.downloads.open(documentId, actor);
    reply.header('Repr-Digest', reprDigest(document.sha256));
    reply.header('ETag', `"${document.sha256}"`);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cache-Control', 'private, max-age=0, must-revalidate');
    return new StreamableFile(content, { type: document.mediaType, disposition: contentDisposition(document.name, { type: 'attachment' }), length: document.size });
  }
}
