import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText } from '@app/platform/http';
import { REASON_MAX } from '../domain/contact-rules';

export class RemoveContactRequestDto {
  @ApiProperty({ description: 'Why the contact leaves the directory (kept in the event for ever)', example: 'Pensiun per 1 November 2026', maxLength: REASON_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}
