import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RefuseDeadlineExtensionRequestDto {
  @ApiProperty({ description: 'Why the extension is refused', example: 'Displaying the standard needs no budget revision', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;
}
