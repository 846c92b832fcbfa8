import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CloseActionItemRequestDto {
  @ApiPropertyOptional({ description: 'What was done, for the record', example: 'Standard displayed at the DPMPTSP counter since 2 June', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
