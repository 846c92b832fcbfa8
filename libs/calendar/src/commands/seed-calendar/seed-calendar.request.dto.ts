import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { REASON_MAX } from '../../domain/calendar.rules';
import { IsOptionalField, IsMultiLineText } from '@app/platform/http';

export class SeedCalendarRequestDto {
  @ApiPropertyOptional({
    description: "On what authority the year is taken over (e.g. the decree it was checked against); appended to the seed's recorded source",
    example: 'Checked against SKB 1017/2024 (17 holidays, 10 days of cuti bersama)',
    maxLength: REASON_MAX,
  })
  @IsOptionalField()
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  note?: string;
}
