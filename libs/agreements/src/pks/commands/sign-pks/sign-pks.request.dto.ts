import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOptionalField, IsSingleLineText } from '@app/platform/http';

export class SignPksRequestDto {
  @ApiPropertyOptional({ description: "Signing date (YYYY-MM-DD), on or after finalizedOn; not in the future in the provider's time zone; defaults to today there", example: '2022-07-05', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  signedOn?: string;

  @ApiPropertyOptional({ description: 'Registration number of the signed PKS', example: '180/12/PKS/2022', maxLength: 100 })
  @IsOptionalField()
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(100)
  number?: string;

  @ApiPropertyOptional({ description: 'Last day of validity (YYYY-MM-DD), after signedOn; omit for open-ended', example: '2024-07-04', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  validUntil?: string;
}
