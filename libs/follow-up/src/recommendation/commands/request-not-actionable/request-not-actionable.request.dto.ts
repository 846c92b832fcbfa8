import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText, IsOptionalField, IsCalendarDate } from '@app/platform/http';

export class RequestNotActionableRequestDto {
  @ApiProperty({ description: 'Why it cannot be implemented (e.g. force majeure)', example: 'The DPMPTSP building was destroyed by the flood of 12 May 2025', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ description: "Date of the request (YYYY-MM-DD), not before the issue and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  requestedOn?: string;
}
