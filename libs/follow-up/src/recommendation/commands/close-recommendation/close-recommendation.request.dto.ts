import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText } from '@app/platform/http';

export class CloseRecommendationRequestDto {
  @ApiProperty({ description: 'Why it is no longer followed up', example: 'Superseded by LAHP 0456/LM/VII/2025/BPP', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
