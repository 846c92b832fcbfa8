import { ApiProperty } from '@nestjs/swagger';
import { CommandResultDto } from '@app/platform/http';

export class ActionItemAddedResultDto extends CommandResultDto {
  @ApiProperty({ description: 'Id of the new action item (for …/action-items/{itemId}/close and a follow-up’s itemId)', example: '1f0e6f5b-6a3c-5d2e-8b7a-9c0d1e2f3a4b' })
  itemId!: string;
}
