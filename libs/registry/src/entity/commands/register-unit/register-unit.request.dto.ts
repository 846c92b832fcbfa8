import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_FORMAT, UNIT_ID_MAX_LENGTH, UNIT_ID_PATTERN } from '../../domain/entity-codes';
import { IsOptionalField, IsSingleLineText } from '@app/platform/http';

export class RegisterUnitRequestDto {
  @ApiProperty({
    description: `Stable id of the unit within its provider: ${UNIT_ID_FORMAT}`,
    example: 'puskesmas-senaken',
    pattern: UNIT_ID_PATTERN.source,
    maxLength: UNIT_ID_MAX_LENGTH,
  })
  @IsString()
  @IsSingleLineText()
  @MaxLength(UNIT_ID_MAX_LENGTH)
  @Matches(UNIT_ID_PATTERN, { message: `unitId must be ${UNIT_ID_FORMAT}` })
  unitId!: string;

  @ApiProperty({ description: 'Name of the unit (SKPD / OPD / unit layanan)', example: 'Puskesmas Senaken', maxLength: 200 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    description: 'Free label for the kind of unit',
    example: 'puskesmas',
    enum: ['dinas', 'badan', 'inspektorat', 'puskesmas', 'rsud'],
    maxLength: 200,
  })
  @IsOptionalField()
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(200)
  kind?: string;
}
