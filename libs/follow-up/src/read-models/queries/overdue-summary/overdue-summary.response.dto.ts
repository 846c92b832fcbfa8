import { ApiProperty } from '@nestjs/swagger';

export class OverdueCountDto {
  @ApiProperty({ example: '64', description: "Two-digit province code, or 'national' for ministries and agencies" })
  province!: string;
  @ApiProperty({ example: 3, description: 'Open items past due' })
  overdue!: number;
}

export class OverdueSummaryDto {
  @ApiProperty({ example: '2025-06-16T03:00:00.000Z', description: 'The instant overdue is judged at' })
  at!: string;
  @ApiProperty({ example: 3, description: 'Overdue items in all the provinces listed' })
  total!: number;
  @ApiProperty({ type: [OverdueCountDto], description: 'Provinces with overdue items, most first; a province with none is left out' })
  provinces!: OverdueCountDto[];
}
