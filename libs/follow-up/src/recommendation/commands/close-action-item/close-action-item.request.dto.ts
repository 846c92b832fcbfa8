import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalField, IsMultiLineText, IsCalendarDate } from '@app/platform/http';

export class CloseActionItemRequestDto {
  @ApiPropertyOptional({ description: 'What was done, for the record', example: 'Standard displayed at the DPMPTSP counter since 2 June', maxLength: 2000 })
  @IsOptionalField()
  @IsString()
  @IsMultiLineText()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: "Date the item was done (YYYY-MM-DD), not before it was added or followed up and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  closedOn?: string;
}
