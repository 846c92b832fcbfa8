import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText, IsOptionalField, IsCalendarDate } from '@app/platform/http';

export class CloseRecommendationRequestDto {
  @ApiProperty({ description: 'Why it is no longer followed up', example: 'Superseded by LAHP 0456/LM/VII/2025/BPP', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ description: "Date it was closed (YYYY-MM-DD), not before the issue and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  closedOn?: string;
}
