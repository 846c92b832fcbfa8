import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText } from '@app/platform/http';

export class RejectNotActionableRequestDto {
  @ApiProperty({ description: 'Why the reason is not accepted, and what is still expected', example: 'Services moved to a temporary office; the standard can be displayed there', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;
}
