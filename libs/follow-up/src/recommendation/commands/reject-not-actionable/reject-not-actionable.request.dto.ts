import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText, IsOptionalField, IsCalendarDate } from '@app/platform/http';

export class RejectNotActionableRequestDto {
  @ApiProperty({ description: 'Why the reason is not accepted, and what is still expected', example: 'Services moved to a temporary office; the standard can be displayed there', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  @ApiPropertyOptional({ description: "Date the officer rejected it (YYYY-MM-DD), not before the request and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  rejectedOn?: string;
}
