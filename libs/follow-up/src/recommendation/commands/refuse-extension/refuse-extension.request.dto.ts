import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMultiLineText } from '@app/platform/http';

export class RefuseDeadlineExtensionRequestDto {
  @ApiProperty({ description: 'Why the extension is refused', example: 'Displaying the standard needs no budget revision', maxLength: 2000 })
  @IsString()
  @IsMultiLineText()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;
}
