import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize } from 'class-validator';
import { IsCalendarDate, IsOptionalField, NestedObjects } from '@app/platform/http';
import { CitedDocumentDto, MAX_EVIDENCE_DOCUMENTS } from '@app/evidence';

export class FulfilObligationRequestDto {
  @ApiPropertyOptional({
    description: "Date the report was delivered (YYYY-MM-DD): from the period start to today in the provider zone; defaults to today there",
    example: '2022-10-04',
    format: 'date',
  })
  @IsOptionalField()
  @IsCalendarDate()
  fulfilledOn?: string;

  @ApiPropertyOptional({
    description: `The documents proving it: 1–${MAX_EVIDENCE_DOCUMENTS} (none: 422 EvidenceRequired). Each is { documentId } of a file uploaded with POST /v1/evidence for this provider, or a small file inline { name, mediaType, contentBase64, sha256? }, as for follow-ups`,
    type: [CitedDocumentDto],
  })
  @IsOptionalField()
  @ArrayMaxSize(MAX_EVIDENCE_DOCUMENTS)
  @NestedObjects(() => CitedDocumentDto)
  documents?: CitedDocumentDto[];

  @ApiPropertyOptional({ description: 'Deprecated: the former name of `documents`, still accepted from older clients; send one of the two', type: [CitedDocumentDto], deprecated: true })
  @IsOptionalField()
  @ArrayMaxSize(MAX_EVIDENCE_DOCUMENTS)
  @NestedObjects(() => CitedDocumentDto)
  evidence?: CitedDocumentDto[];
}
