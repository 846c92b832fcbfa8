import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CitedDocumentDto, MAX_EVIDENCE_DOCUMENTS } from '@app/evidence';
import { IsCalendarDate, IsOptionalField, IsMultiLineText, IsSingleLineText, NestedObjects } from '@app/platform/http';
import { RECEIVED_VIA, ReceivedVia } from '../../domain/recommendation.vocabulary';

/** Sent as JSON; with inline documents the body of the largest follow-up is about 14 MiB (INLINE_BODY_LIMIT_BYTES). */
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
    description: `The evidence: 1–${MAX_EVIDENCE_DOCUMENTS} documents (none: 422 EvidenceRequired). Each is { documentId } of a file uploaded with POST /v1/evidence for this provider, or a small file inline { name, mediaType, contentBase64, sha256? }; both are judged by their bytes alike`,
    type: [CitedDocumentDto],
  })
  @ArrayMaxSize(MAX_EVIDENCE_DOCUMENTS)
  @NestedObjects(() => CitedDocumentDto)
  documents!: CitedDocumentDto[];
}
