import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { VERDICTS, Verdict } from '../../domain/recommendation.vocabulary';
import { IsMultiLineText } from '@app/platform/http';

export class VerifyFollowUpRequestDto {
  @ApiProperty({ description: 'sesuai: implemented as recommended; belum_sesuai: not yet adequate', enum: VERDICTS, example: 'sesuai' })
  @IsIn(VERDICTS)
  verdict!: Verdict;

  @ApiProperty({ description: 'What the officer found', example: 'Service standard verified on site on 3 June 2025', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;
}
