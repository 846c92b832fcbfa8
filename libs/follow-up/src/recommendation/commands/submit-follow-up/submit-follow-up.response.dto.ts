import { ApiProperty } from '@nestjs/swagger';
import { CommandResultDto } from '@app/platform/http';

export class FollowUpSubmittedResultDto extends CommandResultDto {
  @ApiProperty({ description: 'Id of the follow-up (for …/follow-ups/{followUpId}/verify)', example: '7d1c2b3a-4e5f-5a6b-8c7d-9e0f1a2b3c4d' })
  followUpId!: string;
}
