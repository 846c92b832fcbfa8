import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOptionalField, IsMultiLineText, IsSingleLineText } from '@app/platform/http';
import { REASON_MAX, TITLE_MAX } from '../../domain/mou.decider';

/** At least one of title and validUntil must change (422 NothingToAmend otherwise). */
export class AmendMouRequestDto {
  @ApiPropertyOptional({ description: "Date of the amendment (YYYY-MM-DD), on or after signedOn; not in the future in the provider's time zone; defaults to today there", example: '2023-01-10', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  amendedOn?: string;

  @ApiProperty({ description: 'Why the MoU is amended', example: 'Perpanjangan masa berlaku', maxLength: REASON_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;

  @ApiPropertyOptional({ description: 'New subject', example: 'Peningkatan kualitas pelayanan publik dan pencegahan maladministrasi', maxLength: TITLE_MAX })
  @IsOptionalField()
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ description: 'New last day of validity (YYYY-MM-DD), after signedOn', example: '2026-10-27', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  validUntil?: string;
}
