import { ApiProperty } from '@nestjs/swagger';

export class ReminderSentView {
  @ApiProperty({ example: 1 })
  version!: number;
  @ApiProperty({ example: 7 })
  daysBefore!: number;
}

export class ReminderView {
  @ApiProperty({ example: 1 })
  deadlineVersion!: number;
  @ApiProperty({ example: 7, description: 'Days before the due instant' })
  daysBefore!: number;
  @ApiProperty({ example: '2025-07-24T16:00:05.000Z' })
  remindedAt!: string;
}

export class OverdueMarkView {
  @ApiProperty({ example: 1 })
  deadlineVersion!: number;
  @ApiProperty({ example: '2025-07-31T16:00:02.000Z' })
  markedAt!: string;
}

export class EscalationView {
  @ApiProperty({ example: 1 })
  deadlineVersion!: number;
  @ApiProperty({ example: 1 })
  level!: number;
  @ApiProperty({ example: 'unit_head', description: 'The rung of the escalation ladder reached' })
  to!: string;
  @ApiProperty({ example: '2025-07-31T16:00:03.000Z' })
  escalatedAt!: string;
}
