import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { REASON_MAX } from '../../domain/calendar.rules';

export class SeedCalendarRequestDto {
  @ApiPropertyOptional({
    description: "On what authority the year is taken over (e.g. the decree it was checked against); appended to the seed's recorded source",
    example: 'Checked against SKB 1017/2024 (17 holidays, 10 days of cuti bersama)',
    maxLength: REASON_MAX,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  note?: string;
}
