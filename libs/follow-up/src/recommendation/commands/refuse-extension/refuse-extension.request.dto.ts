import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText, IsOptionalField, IsCalendarDate } from '@app/platform/http';

export class RefuseDeadlineExtensionRequestDto {
  @ApiProperty({ description: 'Why the extension is refused', example: 'Displaying the standard needs no budget revision', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  @ApiPropertyOptional({ description: "Date of the refusal (YYYY-MM-DD), not before the request and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  refusedOn?: string;
}
