import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOptionalField, IsSingleLineText, NestedObject } from '@app/platform/http';
import { RECOMMENDATION_KINDS, RecommendationKind, SOURCE_TYPES, SourceType } from '../../domain/recommendation.vocabulary';

export class RecommendationSourceDto {
  @ApiProperty({ description: 'What the recommendation comes from', enum: SOURCE_TYPES, example: 'assessment' })
  @IsIn(SOURCE_TYPES)
  type!: SourceType;

  @ApiProperty({
    description: "The document: for an assessment its stream, assessment-<entityCode>-<year> (it must be recorded); otherwise e.g. the LAHP number",
    example: 'assessment-64.01-2023',
    maxLength: 200,
  })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(200)
  ref!: string;
}

export class IssueRecommendationRequestDto {
  @ApiProperty({ description: 'Code of the provider that must act', example: '64.01', maxLength: 50 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(50)
  entityCode!: string;

  @ApiPropertyOptional({ description: 'The unit that must act; a unit registered under the provider', example: 'dpmptsp', maxLength: 100 })
  @IsOptionalField()
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(100)
  unitId?: string;

  @ApiProperty({
    description: 'saran_perbaikan: improvement advice; tindakan_korektif: corrective action (LAHP); rekomendasi: UU 37/2008 art. 38. Decides the default due rule',
    enum: RECOMMENDATION_KINDS,
    example: 'saran_perbaikan',
  })
  @IsIn(RECOMMENDATION_KINDS)
  kind!: RecommendationKind;

  @ApiProperty({ type: RecommendationSourceDto })
  @NestedObject(() => RecommendationSourceDto)
  source!: RecommendationSourceDto;

  @ApiProperty({ description: 'What must be done', example: 'Publish the complete service standard at the DPMPTSP counter', maxLength: 500 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ description: 'Date issued (YYYY-MM-DD), not in the future', example: '2025-03-10', format: 'date' })
  @IsCalendarDate()
  issuedOn!: string;

  @ApiPropertyOptional({
    description: "Last day to act (YYYY-MM-DD), on or after issuedOn. Leave out to derive it from the kind's due rule (calendar or working days)",
    example: '2025-05-09',
    format: 'date',
  })
  @IsOptionalField()
  @IsCalendarDate()
  dueOn?: string;
}
