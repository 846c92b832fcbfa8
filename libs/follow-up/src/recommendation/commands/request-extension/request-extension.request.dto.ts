import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsMultiLineText, IsOptionalField } from '@app/platform/http';

export class RequestDeadlineExtensionRequestDto {
  @ApiProperty({ description: 'The proposed last day (YYYY-MM-DD), after the current due date', example: '2025-09-30', format: 'date' })
  @IsCalendarDate()
  proposedDueOn!: string;

  @ApiProperty({ description: 'Why more time is needed', example: 'The counter rebuild needs the revised budget (APBD-P) passed in August', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ description: "Date of the request, e.g. of the letter asking for it (YYYY-MM-DD), not before the issue and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  requestedOn?: string;
}
