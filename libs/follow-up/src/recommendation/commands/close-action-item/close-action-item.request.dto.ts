import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalField, IsMultiLineText } from '@app/platform/http';

export class CloseActionItemRequestDto {
  @ApiPropertyOptional({ description: 'What was done, for the record', example: 'Standard displayed at the DPMPTSP counter since 2 June', maxLength: 2000 })
  @IsOptionalField()
  @IsString()
  @IsMultiLineText()
  @MaxLength(2000)
  note?: string;
}
