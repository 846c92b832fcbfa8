import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { TIME_ZONE_NAMES, TimeZone } from '@app/kernel';
import { ENTITY_KINDS, EntityKind } from '../../domain/entity-codes';
import { NATIONAL_DEFAULT_TIME_ZONE, describeProvinceTimeZones } from '../../domain/province-time-zones';
import { IsOptionalField, IsSingleLineText } from '@app/platform/http';

/** The shape of any provider code; which shape fits which kind is a domain rule (422). */
const ANY_ENTITY_CODE = /^(?:\d{2}(?:\.\d{2})?|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)$/;

export class RegisterEntityRequestDto {
  @ApiProperty({
    description: 'Kemendagri region code for pemda (provinsi `NN`, kabupaten/kota `NN.NN`); a short uppercase code for kementerian/lembaga (letters, digits, dashes)',
    example: '64.01',
    pattern: ANY_ENTITY_CODE.source,
  })
  @IsString()
  @IsSingleLineText()
  @MaxLength(50)
  @Matches(ANY_ENTITY_CODE, { message: 'code must be NN (provinsi), NN.NN (kabupaten/kota) or an uppercase code such as K-KEMENDAGRI' })
  code!: string;

  @ApiProperty({ description: 'Official name of the provider', example: 'Pemerintah Kabupaten Paser', maxLength: 200 })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'What kind of public-service provider this is', enum: ENTITY_KINDS, example: 'kabupaten' })
  @IsIn(ENTITY_KINDS)
  kind!: EntityKind;

  @ApiPropertyOptional({
    description: "Kabupaten/kota only: its province's two-digit code (defaults to the first two digits of code). Omit for other kinds.",
    example: '64',
    pattern: '^\\d{2}$',
  })
  @IsOptionalField()
  @IsString()
  @IsSingleLineText()
  @Matches(/^\d{2}$/, { message: 'parentCode must be a two-digit province code such as 64' })
  parentCode?: string;

  @ApiPropertyOptional({
    description:
      "The provider's time zone: deadlines end at the end of the day there. May be omitted. For pemda it follows from the Kemendagri province code " +
      `(${describeProvinceTimeZones()}; a kabupaten/kota takes its province's zone; any other province is 422 UnknownProvince on code); ` +
      `a value that contradicts it is refused with 422 TimezoneContradictsRegion. For kementerian/lembaga any zone is accepted; omitted means ${NATIONAL_DEFAULT_TIME_ZONE} (Jakarta).`,
    enum: TIME_ZONE_NAMES,
    example: 'WITA',
  })
  @IsOptionalField()
  @IsIn(TIME_ZONE_NAMES)
  timezone?: TimeZone;
}
