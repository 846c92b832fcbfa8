import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AcceptNotActionableRequestDto {
  @ApiPropertyOptional({ description: "The officer's grounds", example: 'Flood damage confirmed by BPBD report 045/2025', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
