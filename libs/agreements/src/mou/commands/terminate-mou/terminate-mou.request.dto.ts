import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsMultiLineText } from '@app/platform/http';
import { REASON_MAX } from '../../domain/mou.decider';

export class TerminateMouRequestDto {
  @ApiProperty({ description: 'Date the MoU ends (YYYY-MM-DD), on or after signedOn', example: '2024-01-31', format: 'date' })
  @IsCalendarDate()
  terminatedOn!: string;

  @ApiProperty({ description: 'Why the MoU is terminated', example: 'Kesepakatan para pihak', maxLength: REASON_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}
