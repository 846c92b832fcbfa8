import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalField, IsMultiLineText } from '@app/platform/http';

export class AcceptNotActionableRequestDto {
  @ApiPropertyOptional({ description: "The officer's grounds", example: 'Flood damage confirmed by BPBD report 045/2025', maxLength: 2000 })
  @IsOptionalField()
  @IsString()
  @IsMultiLineText()
  @MaxLength(2000)
  note?: string;
}
