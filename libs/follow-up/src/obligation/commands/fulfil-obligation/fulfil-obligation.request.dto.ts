import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsBase64, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOptionalField, IsSingleLineText, NestedObjects } from '@app/platform/http';
import { MAX_DOCUMENT_BYTES, MAX_EVIDENCE_DOCUMENTS, MAX_FOLLOW_UP_BYTES } from '@app/evidence';

/** One document, its bytes in base64; size and SHA-256 are measured from the bytes. */
export class EvidenceUploadDto {
  @ApiProperty({ description: 'File name', example: 'Laporan pendampingan triwulan III 2022.pdf', maxLength: 255 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ description: 'Media type (type/subtype)', example: 'application/pdf', maxLength: 255 })
  @Matches(/^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/, { message: 'mediaType must be a media type such as application/pdf' })
  mediaType!: string;

  @ApiProperty({ description: `The document's bytes, base64-encoded; at most ${MAX_DOCUMENT_BYTES} bytes decoded`, example: 'JVBERi0xLjQKJcfsj6IK' })
  @IsBase64({}, { message: 'contentBase64 must be the base64 encoding of the document' })
  contentBase64!: string;

  @ApiPropertyOptional({ description: 'SHA-256 you computed, 64 lowercase hex digits; refused (422) when the bytes do not match', example: 'a3f1c9d0b2e4f6a8c0e2d4f6b8a0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6' })
  @IsOptionalField()
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lowercase hex digits' })
  sha256?: string;
}

export class FulfilObligationRequestDto {
  @ApiProperty({ description: 'Date the report was delivered (YYYY-MM-DD): from the period start to today in the provider zone', example: '2022-10-04', format: 'date' })
  @IsCalendarDate()
  fulfilledOn!: string;

  @ApiProperty({
    description: `The documents proving it: 1–${MAX_EVIDENCE_DOCUMENTS}, at most ${MAX_FOLLOW_UP_BYTES} bytes together. Without evidence the obligation is not fulfilled`,
    type: [EvidenceUploadDto],
  })
  @ArrayMaxSize(MAX_EVIDENCE_DOCUMENTS)
  @NestedObjects(() => EvidenceUploadDto)
  evidence!: EvidenceUploadDto[];
}
