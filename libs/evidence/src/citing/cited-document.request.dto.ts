import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsOptionalField, IsSingleLineText } from '@app/platform/http';
import { MAX_INLINE_DOCUMENT_BYTES } from '../limits/evidence-limits';

/** Required when the document is sent inline, i.e. when no documentId cites an upload. */
const RequiredInline = (): PropertyDecorator => ValidateIf((item: CitedDocumentDto, value: unknown) => value !== undefined || item.documentId === undefined);

/**
 * One document cited by a follow-up or an obligation fulfilment: either `{ documentId }` of a
 * file uploaded with POST /v1/evidence for the same provider, or a small file inline
 * `{ name, mediaType, contentBase64, sha256? }`. Both are checked by the same rules.
 */
export class CitedDocumentDto {
  @ApiPropertyOptional({ description: 'Id of a document uploaded with POST /v1/evidence for the same provider; then send nothing else', example: '3f1c9d0b-2e4f-5a8c-9e2d-4f6b8a0c2e4f', maxLength: 100 })
  @IsOptionalField()
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(100)
  documentId?: string;

  @ApiPropertyOptional({ description: 'Inline: the file name', example: 'SK-Bupati-Paser-standar-pelayanan-DPMPTSP.pdf', maxLength: 255 })
  @RequiredInline()
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(255)
  name?: string;

  @ApiPropertyOptional({ description: 'Inline: the media type; it must agree with what the bytes are', example: 'application/pdf', maxLength: 255 })
  @RequiredInline()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/, { message: 'mediaType must be a media type such as application/pdf' })
  mediaType?: string;

  @ApiPropertyOptional({
    description: `Inline: the file, base64-encoded (standard alphabet, padded, no line breaks); at most ${MAX_INLINE_DOCUMENT_BYTES} bytes decoded. Larger files: upload them and cite their documentId`,
    example: 'JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K',
  })
  @RequiredInline()
  @IsBase64({}, { message: 'contentBase64 must be base64 (standard alphabet, padded, no line breaks)' })
  contentBase64?: string;

  @ApiPropertyOptional({ description: 'Inline, optional: the SHA-256 you computed (64 hex digits); refused (422) when the bytes received do not match', example: '9f2b5c0e6f3d4a1b8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b', pattern: '^[0-9a-fA-F]{64}$' })
  @IsOptionalField()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256?: string;
}
