import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOptionalField, IsMultiLineText } from '@app/platform/http';

export class ApproveDeadlineExtensionRequestDto {
  @ApiPropertyOptional({ description: 'The new last day (YYYY-MM-DD), after the current due date; defaults to the proposed date', example: '2025-09-30', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  dueOn?: string;

  @ApiPropertyOptional({ description: "The officer's grounds", example: 'Budget revision confirmed', maxLength: 2000 })
  @IsOptionalField()
  @IsString()
  @IsMultiLineText()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: "Date of the approval (YYYY-MM-DD), not before the request and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  approvedOn?: string;
}
