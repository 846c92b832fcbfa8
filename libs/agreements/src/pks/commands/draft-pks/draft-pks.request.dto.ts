import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_FORMAT, UNIT_ID_PATTERN } from '@app/registry';
import {
  IsCalendarDate,
  IsOptionalField,
  IsMultiLineText,
  IsSingleLineText,
  NestedObject,
  NestedObjects,
} from '@app/platform/http';
import { TITLE_MAX } from '../../../mou/domain/mou.decider';
import { SCOPE_TEXT_MAX } from '../../domain/pks-content.rules';
import { REPORT_PERIODS, ReportPeriod } from '../../domain/pks.events';

export class ObligationDto {
  @ApiProperty({ description: 'How often the units report on this scope item', enum: REPORT_PERIODS, example: 'quarter' })
  @IsIn(REPORT_PERIODS)
  every!: ReportPeriod;
}

export class ScopeItemDto {
  @ApiProperty({ description: `Id of the item within the PKS: ${UNIT_ID_FORMAT}`, example: 'pendampingan-berkala', pattern: UNIT_ID_PATTERN.source })
  @IsString()
  @IsSingleLineText()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN, { message: `id must be ${UNIT_ID_FORMAT}` })
  id!: string;

  @ApiProperty({ description: 'What the parties commit to', example: 'Pendampingan berkala', maxLength: SCOPE_TEXT_MAX })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(SCOPE_TEXT_MAX)
  text!: string;

  @ApiPropertyOptional({ description: 'A periodic report this item obliges; follow-up turns it into deadlines', type: ObligationDto })
  @IsOptionalField()
  @NestedObject(() => ObligationDto)
  obligation?: ObligationDto;
}

/** Emptiness and repeats in unitIds/scope are domain rules, answered 422 with the offending index. */
export class DraftPksRequestDto {
  @ApiProperty({ description: 'The MoU this PKS implements', example: '30-ORI-MOU-X-2021' })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(120)
  mouId!: string;

  @ApiProperty({ description: 'Title of the PKS', example: 'Perjanjian Kerja Sama peningkatan kualitas pelayanan publik 2022', maxLength: TITLE_MAX })
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiProperty({ description: "Units of the MoU's provider bound by the PKS: ≥ 1, each once, each registered", example: ['inspektorat', 'dpmptsp'], type: [String] })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @IsSingleLineText({ each: true })
  @Matches(UNIT_ID_PATTERN, { each: true, message: `each unitId must be ${UNIT_ID_FORMAT}` })
  unitIds!: string[];

  @ApiProperty({ description: 'Scope items: ≥ 1, unique ids', type: [ScopeItemDto] })
  @ArrayMaxSize(200)
  @NestedObjects(() => ScopeItemDto)
  scope!: ScopeItemDto[];

  @ApiPropertyOptional({ description: "Date of the draft (YYYY-MM-DD), not before the MoU's signing; not in the future in the provider's time zone; defaults to today there", example: '2022-06-15', format: 'date' })
  @IsOptionalField()
  @IsCalendarDate()
  draftedOn?: string;
}
