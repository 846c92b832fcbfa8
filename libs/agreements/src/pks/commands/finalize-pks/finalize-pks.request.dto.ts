import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalField } from '@app/platform/http';

export class FinalizePksRequestDto {
  @ApiPropertyOptional({ description: "Date the text was finalised (YYYY-MM-DD), on or after draftedOn; not in the future in the provider's time zone; defaults to today there", example: '2022-06-27', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  finalizedOn?: string;
}
