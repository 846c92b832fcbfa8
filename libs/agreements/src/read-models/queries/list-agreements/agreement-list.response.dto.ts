import { ApiProperty } from '@nestjs/swagger';
import { AgreementReadDto } from '../agreement-read.response.dto';

export class AgreementListDto {
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z', description: 'Statuses are judged at this instant' })
  at!: string;
  @ApiProperty({ type: [AgreementReadDto], description: 'Oldest first: MoUs by signedOn, PKS by draftedOn' })
  items!: AgreementReadDto[];
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor!: string | null;
}
