import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsMultiLineText } from '@app/platform/http';
import { REASON_MAX } from '../../domain/calendar.rules';

export class DeclareWorkingDayRequestDto {
  @ApiProperty({ description: 'A weekend day or holiday of the calendar year (YYYY-MM-DD) that is worked', example: '2025-03-08', format: 'date' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ description: 'Why the day is worked (e.g. the decree that declares it)', example: 'Hari kerja pengganti per SKB', maxLength: REASON_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}
