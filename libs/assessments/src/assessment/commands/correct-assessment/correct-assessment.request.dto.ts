import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsBoolean, IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOptionalField, IsMultiLineText, NestedObjects } from '@app/platform/http';
import { LocusRequestDto } from '../locus.request.dto';

export class CorrectAssessmentRequestDto {
  @ApiProperty({ description: 'Corrected final score: 0.00–100.00, at most two decimals', example: 80.45, minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'score must be a number (0.00–100.00, at most two decimals)' })
  score!: number;

  @ApiProperty({ description: 'Why the score changes; kept with the correction for ever', example: 'Substantive variable applied: corrective action not implemented', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty({ message: 'reason must not be empty: a correction needs a reason' })
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ description: "Date of the correction (YYYY-MM-DD), not before publication or the previous correction; not in the future in the provider's time zone; defaults to today there", example: '2024-02-15', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  correctedOn?: string;

  @ApiPropertyOptional({ description: 'The complete corrected list of loci; leave out to keep the current loci', type: [LocusRequestDto] })
  @IsOptionalField()
  @ArrayMaxSize(200)
  @NestedObjects(() => LocusRequestDto)
  loci?: LocusRequestDto[];

  @ApiPropertyOptional({ description: 'Only for methods with an opinion qualifier (2025 on); leave out to keep the current value', example: true, enum: [true, false] })
  @IsOptionalField()
  @IsBoolean()
  withoutMaladministration?: boolean;
}
