import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { VERDICTS, Verdict } from '../../domain/recommendation.vocabulary';
import { IsMultiLineText, IsOptionalField, IsCalendarDate } from '@app/platform/http';

export class VerifyFollowUpRequestDto {
  @ApiProperty({ description: 'sesuai: implemented as recommended; belum_sesuai: not yet adequate', enum: VERDICTS, example: 'sesuai' })
  @IsIn(VERDICTS)
  verdict!: Verdict;

  @ApiProperty({ description: 'What the officer found', example: 'Service standard verified on site on 3 June 2025', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  @ApiPropertyOptional({ description: "Date of the verification (YYYY-MM-DD), not before the follow-up was submitted and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  verifiedOn?: string;
}
