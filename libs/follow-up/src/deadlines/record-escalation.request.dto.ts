import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsMultiLineText, IsOptionalField } from '@app/platform/http';

/** An escalation that happened outside the system, with its date (the escalation ladder says which levels exist). */
export class RecordEscalationRequestDto {
  @ApiProperty({ description: 'The rung reached: the next one on the escalation ladder (1 unit_head, 2 regional_secretary, 3 ombudsman_leadership, 4 publication by default)', example: 2, minimum: 1, maximum: 99 })
  @IsInt()
  @Min(1)
  @Max(99)
  level!: number;

  @ApiProperty({ description: 'Date it was escalated (YYYY-MM-DD, in the provider time zone): after the due date, not in the future', example: '2024-02-12', format: 'date' })
  @IsCalendarDate()
  escalatedOn!: string;

  @ApiPropertyOptional({ description: 'Where it is documented, e.g. the letter number', example: 'Surat 700/112/Itda/2024', maxLength: 2000 })
  @IsOptionalField()
  @IsString()
  @IsMultiLineText()
  @MaxLength(2000)
  note?: string;
}
