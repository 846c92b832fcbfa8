import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsBoolean, IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOptionalField, IsSingleLineText, NestedObjects, IsBusinessYear } from '@app/platform/http';
import { LocusRequestDto } from '../locus.request.dto';

export class RecordAssessmentRequestDto {
  @ApiProperty({ description: 'Code of the assessed provider (Kemendagri code for a pemda)', example: '64.01', maxLength: 50 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(50)
  entityCode!: string;

  @ApiProperty({ description: 'Assessment year; its methodology (GET /v1/methodologies) decides category, zone and opinion. None in 2020', example: 2023 })
  @IsBusinessYear()
  year!: number;

  @ApiProperty({ description: 'Final score: 0.00–100.00, at most two decimals', example: 81.22, minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'score must be a number (0.00–100.00, at most two decimals)' })
  score!: number;

  @ApiPropertyOptional({ description: 'Sampled units (loci) with their scores; each a distinct registered unit', type: [LocusRequestDto], default: [] })
  @IsOptionalField()
  @ArrayMaxSize(200)
  @NestedObjects(() => LocusRequestDto)
  loci?: LocusRequestDto[];

  @ApiPropertyOptional({ description: "Date the result was published (YYYY-MM-DD), in or after the assessment year; not in the future in the provider's time zone; defaults to today there", example: '2023-12-10', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  publishedOn?: string;

  @ApiPropertyOptional({
    description: 'Only for methods with an opinion qualifier (2025 on): true when the provider followed up the Ombudsman products, giving "… Tanpa Maladministrasi"',
    example: true,
    enum: [true, false],
  })
  @IsOptionalField()
  @IsBoolean()
  withoutMaladministration?: boolean;
}
