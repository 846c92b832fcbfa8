import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { REASON_MAX } from '../../domain/calendar.rules';
import { IsMultiLineText } from '@app/platform/http';

export class RemoveHolidayRequestDto {
  @ApiProperty({ description: 'Why the day is no longer off (e.g. the decree that moved it)', example: 'SKB 2/2025 moved Iduladha to 7 June', maxLength: REASON_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}
