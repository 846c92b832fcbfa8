import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { REASON_MAX } from '../../../mou/domain/mou.decider';
import { IsCalendarDate, IsMultiLineText, IsOptionalField } from '@app/platform/http';

export class TerminatePksRequestDto {
  @ApiPropertyOptional({ description: "Date the PKS ends (YYYY-MM-DD): on or after signedOn, not after validUntil; not in the future in the provider's time zone; defaults to today there", example: '2023-07-01', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  terminatedOn?: string;

  @ApiProperty({ description: 'Why the PKS is terminated', example: 'Reorganisasi perangkat daerah', maxLength: REASON_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}
