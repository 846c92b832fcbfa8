import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsSingleLineText } from '@app/platform/http';
import { HOLIDAY_KINDS, HolidayKind } from '../../domain/calendar.events';
import { NAME_MAX } from '../../domain/calendar.rules';

export class AddHolidayRequestDto {
  @ApiProperty({ description: 'The day off (YYYY-MM-DD), inside the calendar year; not already a holiday', example: '2025-05-15', format: 'date' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ description: 'Name of the holiday as the decree gives it', example: 'Cuti bersama Kenaikan Yesus Kristus', maxLength: NAME_MAX })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  name!: string;

  @ApiProperty({ description: 'national: a national public holiday; collective_leave: cuti bersama', enum: HOLIDAY_KINDS, example: 'collective_leave' })
  @IsIn(HOLIDAY_KINDS)
  kind!: HolidayKind;
}
