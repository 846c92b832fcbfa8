import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalField, IsMultiLineText, IsCalendarDate } from '@app/platform/http';

export class AcceptNotActionableRequestDto {
  @ApiPropertyOptional({ description: "The officer's grounds", example: 'Flood damage confirmed by BPBD report 045/2025', maxLength: 2000 })
  @IsOptionalField()
  @IsString()
  @IsMultiLineText()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: "Date the officer accepted it (YYYY-MM-DD), not before the request and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  acceptedOn?: string;
}
