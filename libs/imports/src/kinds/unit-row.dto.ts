import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { RegisterUnitRequestDto } from '@app/registry';
import { IsSingleLineText } from '@app/platform/http';

/** A unit row: the single request's body plus the provider code its path would carry. */
export class ImportUnitRowDto extends RegisterUnitRequestDto {
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(50)
  entityCode!: string;
}
