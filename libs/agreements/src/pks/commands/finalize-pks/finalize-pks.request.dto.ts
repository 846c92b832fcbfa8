import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@app/platform/http';

export class FinalizePksRequestDto {
  @ApiProperty({ description: 'Date the text was finalised (YYYY-MM-DD), on or after draftedOn', example: '2022-06-27', format: 'date' })
  @IsCalendarDate()
  finalizedOn!: string;
}
