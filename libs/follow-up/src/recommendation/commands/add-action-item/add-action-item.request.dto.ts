import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsSingleLineText, IsOptionalField } from '@app/platform/http';

export class AddActionItemRequestDto {
  @ApiProperty({ description: 'The unit that must act: a unit registered under the provider', example: 'dpmptsp', maxLength: 100 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(100)
  unitId!: string;

  @ApiProperty({ description: 'What this unit must do', example: 'Display the complete service standard at the counter', maxLength: 500 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({
    description: "Last day for this item (YYYY-MM-DD), from the issue date up to the recommendation's current due date",
    example: '2025-07-15',
    format: 'date',
  })
  @IsCalendarDate()
  dueOn!: string;

  @ApiPropertyOptional({ description: "Date the item was set (YYYY-MM-DD), not before the issue and not in the future; defaults to today in the provider's time zone", example: '2025-06-02', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  addedOn?: string;
}
