import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { IsSingleLineText } from '@app/platform/http';

/** One sampled unit and its score. */
export class LocusRequestDto {
  @ApiProperty({ description: 'A unit registered under the provider (POST /v1/entities/{code}/units)', example: 'puskesmas-senaken', maxLength: 100 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(100)
  unitId!: string;

  @ApiProperty({ description: "The unit's score: 0.00–100.00, at most two decimals", example: 78.5, minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'score must be a number (0.00–100.00, at most two decimals)' })
  score!: number;
}
