import { ApiProperty } from '@nestjs/swagger';
import { CommandResultDto } from '@app/platform/http';

export class ExtensionRequestedResultDto extends CommandResultDto {
  @ApiProperty({ description: 'Id of the extension request (for …/extensions/{requestId}/approve or /refuse)', example: '3c4d5e6f-7a8b-5c9d-8e0f-1a2b3c4d5e6f' })
  requestId!: string;
}
