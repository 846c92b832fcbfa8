import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsSingleLineText } from '@app/platform/http';
import { ContactRequestDto } from './contact.request.dto';

/** An imported contact row: the single request's body plus the directory its path would name. */
export class ImportContactRowDto extends ContactRequestDto {
  /** A provider's code for its roles; a two-digit province code for an Ombudsman office's. */
  @IsString()
  @IsSingleLineText()
  @IsNotEmpty()
  @MaxLength(50)
  code!: string;
}
