import { Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import { AcceptsMultipart, ApiCommand, HeaderReply } from '@app/platform/http';
import { ALLOWED_MEDIA_TYPES } from '../media/media-types';
import { EvidenceUploader, UploadRequest, UploadedEvidence } from './evidence-uploader';
import { UploadedEvidenceDto } from './uploaded-evidence.response.dto';

@ApiTags('evidence')
@Controller('v1/evidence')
export class UploadEvidenceHttpController {
  constructor(private readonly uploader: EvidenceUploader) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('liaison', 'officer', 'admin')
  @AcceptsMultipart()
  @ApiOperation({
    summary: "Upload one evidence file for a provider (multipart/form-data), to cite it by documentId in follow-ups and obligation fulfilments",
    description:
      'The form has two parts, in this order: `entityCode` (the provider), then `file`. Who may upload: the provider\'s liaison, an officer covering its province, an admin. ' +
      'The file is streamed to the evidence store while hashed; at most EVIDENCE_MAX_FILE_BYTES (default 50 MiB), one file per request (413 DocumentTooLarge beyond). ' +
      `Its type is judged from its bytes: accepted are ${ALLOWED_MEDIA_TYPES.join(', ')}. Executables are refused (422 ExecutableRefused); a declared Content-Type the bytes contradict is refused (422 MediaTypeMismatch). ` +
      'The upload is recorded as EvidenceUploaded on evidence-<documentId>.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['entityCode', 'file'],
      properties: { entityCode: { type: 'string', example: '64.01', description: 'Sent before file' }, file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: UploadedEvidenceDto })
  @ApiCommand({ status: 201, description: 'Stored and recorded; Location is where to download it' })
  async upload(@Req() request: UploadRequest, @Res({ passthrough: true }) reply: HeaderReply): Promise<UploadedEvidence> {
    const uploaded = await this.uploader.receive(request);
    reply.header('Location', `/v1/evidence/${uploaded.documentId}`);
    return uploaded;
  }
}
