import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsBase64, IsIn, IsMimeType, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_EVIDENCE_DOCUMENTS } from '@app/evidence';
import { IsCalendarDate, IsOptionalField, IsMultiLineText, IsSingleLineText, NestedObjects } from '@app/platform/http';
import { RECEIVED_VIA, ReceivedVia } from '../../domain/recommendation.vocabulary';

export class EvidenceDocumentRequestDto {
  @ApiProperty({ description: 'File name as the provider knows it', example: 'SK-Bupati-Paser-standar-pelayanan-DPMPTSP.pdf', maxLength: 255 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ description: 'Media type of the file', example: 'application/pdf', maxLength: 255 })
  @IsMimeType()
  @MaxLength(255)
  mediaType!: string;

  @ApiProperty({
    description: 'The file, base64-encoded (standard alphabet, no line breaks). At most 5 MiB decoded per document and 10 MiB per follow-up',
    example: 'JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K',
  })
  @IsBase64({}, { message: 'contentBase64 must be base64 (standard alphabet, padded, no line breaks)' })
  contentBase64!: string;

  @ApiPropertyOptional({
    description: 'SHA-256 of the file (hex) as the client computed it; refused with 422 when it does not match the bytes received',
    example: '9f2b5c0e6f3d4a1b8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b',
    pattern: '^[0-9a-fA-F]{64}$',
  })
  @IsOptionalField()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256?: string;
}

/** Sent as JSON; the body of the largest follow-up is about 14 MiB (FOLLOW_UP_BODY_LIMIT_BYTES). */
export class SubmitFollowUpRequestDto {
  @ApiProperty({ description: 'What was done', example: 'The service standard was adopted by decree and is displayed at the DPMPTSP counter', maxLength: 4000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(4000)
  summary!: string;

  @ApiPropertyOptional({ description: 'The action item this follows up; omit for the recommendation as a whole', example: '1f0e6f5b-6a3c-5d2e-8b7a-9c0d1e2f3a4b', maxLength: 100 })
  @IsOptionalField()
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(100)
  itemId?: string;

  @ApiPropertyOptional({
    description: "Date the follow-up was made or received, e.g. the date of the letter (YYYY-MM-DD): not before the recommendation was issued (nor the action item added), not in the future; defaults to today in the provider's time zone",
    example: '2025-06-02',
    format: 'date',
  })
  @IsOptionalField()
  @IsCalendarDate()
  submittedOn?: string;

  @ApiPropertyOptional({
    description:
      'How the follow-up reached the Ombudsman. sistem (default): the liaison submits it here. An officer recording one received outside the system on the provider\'s behalf must give surat (letter), rapat (meeting), email or lainnya (other); a liaison may not',
    enum: RECEIVED_VIA,
    example: 'surat',
  })
  @IsOptionalField()
  @IsIn(RECEIVED_VIA)
  receivedVia?: ReceivedVia;

  @ApiPropertyOptional({ description: 'Reference number of the letter (or minutes) it came with', example: '700/123/Org/2023', maxLength: 200 })
  @IsOptionalField()
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(200)
  letterNumber?: string;

  @ApiProperty({
    description: `The evidence: at least one document (a follow-up without evidence is refused with 422 EvidenceRequired), at most ${MAX_EVIDENCE_DOCUMENTS}`,
    type: [EvidenceDocumentRequestDto],
  })
  @ArrayMaxSize(MAX_EVIDENCE_DOCUMENTS)
  @NestedObjects(() => EvidenceDocumentRequestDto)
  documents!: EvidenceDocumentRequestDto[];
}
