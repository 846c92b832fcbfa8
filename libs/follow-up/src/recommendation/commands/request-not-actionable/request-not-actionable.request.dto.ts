import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText } from '@app/platform/http';

export class RequestNotActionableRequestDto {
  @ApiProperty({ description: 'Why it cannot be implemented (e.g. force majeure)', example: 'The DPMPTSP building was destroyed by the flood of 12 May 2025', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
