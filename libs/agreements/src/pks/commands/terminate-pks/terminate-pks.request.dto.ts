import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { REASON_MAX } from '../../../mou/domain/mou.decider';
import { IsCalendarDate, IsMultiLineText } from '@app/platform/http';

export class TerminatePksRequestDto {
  @ApiProperty({ description: 'Date the PKS ends (YYYY-MM-DD): on or after signedOn, not after validUntil', example: '2023-07-01', format: 'date' })
  @IsCalendarDate()
  terminatedOn!: string;

  @ApiProperty({ description: 'Why the PKS is terminated', example: 'Reorganisasi perangkat daerah', maxLength: REASON_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}
