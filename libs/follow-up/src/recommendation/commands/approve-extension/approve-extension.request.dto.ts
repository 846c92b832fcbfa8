import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '@app/platform/http/is-calendar-date.decorator';

export class ApproveDeadlineExtensionRequestDto {
  @ApiPropertyOptional({ description: 'The new last day (YYYY-MM-DD), after the current due date; defaults to the proposed date', example: '2025-09-30', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @ApiPropertyOptional({ description: "The officer's grounds", example: 'Budget revision confirmed', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
