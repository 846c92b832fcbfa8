import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsMultiLineText, IsOptionalField } from '@app/platform/http';
import { REASON_MAX } from '../../domain/mou.decider';

export class TerminateMouRequestDto {
  @ApiPropertyOptional({ description: "Date the MoU ends (YYYY-MM-DD), on or after signedOn; not in the future in the provider's time zone; defaults to today there", example: '2024-01-31', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  terminatedOn?: string;

  @ApiProperty({ description: 'Why the MoU is terminated', example: 'Kesepakatan para pihak', maxLength: REASON_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}
