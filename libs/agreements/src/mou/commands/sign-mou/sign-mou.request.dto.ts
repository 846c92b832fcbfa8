import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { REGISTRATION_NUMBER_FORMAT, REGISTRATION_NUMBER_MAX_LENGTH, REGISTRATION_NUMBER_PATTERN } from '../../../registration/domain/registration-number';
import { IsCalendarDate, IsOptionalField, IsSingleLineText } from '@app/platform/http';
import { TITLE_MAX } from '../../domain/mou.decider';

const numberMessage = (field: string) => ({ message: `${field} must be ${REGISTRATION_NUMBER_FORMAT}` });

export class SignMouRequestDto {
  @ApiProperty({ description: 'Code of the registered pemda (provinsi, kabupaten or kota) signing the MoU', example: '63' })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(40)
  entityCode!: string;

  @ApiProperty({
    description: "Ombudsman RI's registration number; it identifies the MoU (id = its uppercase slug, e.g. 30-ORI-MOU-X-2021)",
    example: '30/ORI-MOU/X/2021',
    pattern: REGISTRATION_NUMBER_PATTERN.source,
    maxLength: REGISTRATION_NUMBER_MAX_LENGTH,
  })
  @IsString()
  @IsSingleLineText()
  @MaxLength(REGISTRATION_NUMBER_MAX_LENGTH)
  @Matches(REGISTRATION_NUMBER_PATTERN, numberMessage('ombudsmanNumber'))
  ombudsmanNumber!: string;

  @ApiProperty({
    description: "The pemda's own registration number; unique among that provider's MoUs",
    example: '053/NK-PEMOTDA/2021',
    pattern: REGISTRATION_NUMBER_PATTERN.source,
    maxLength: REGISTRATION_NUMBER_MAX_LENGTH,
  })
  @IsString()
  @IsSingleLineText()
  @MaxLength(REGISTRATION_NUMBER_MAX_LENGTH)
  @Matches(REGISTRATION_NUMBER_PATTERN, numberMessage('counterpartNumber'))
  counterpartNumber!: string;

  @ApiPropertyOptional({ description: "Signing date (YYYY-MM-DD); not in the future in the provider's time zone; defaults to today there", example: '2021-10-28', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  signedOn?: string;

  @ApiProperty({ description: 'Subject of the MoU', example: 'Peningkatan kualitas pelayanan publik', maxLength: TITLE_MAX })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ description: 'Last day of validity (YYYY-MM-DD), after signedOn; omit for open-ended', example: '2026-10-27', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  validUntil?: string;
}
