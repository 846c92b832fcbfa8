import { ApiProperty } from '@nestjs/swagger';

export class FailedNotificationDto {
  @ApiProperty({ description: 'BullMQ job id: <event id>|<target>', example: '0b7e…|webhook-3f1a9c0d2b7e' })
  jobId!: string;
  @ApiProperty({ description: 'webhook-<hash of its URL> or email', example: 'webhook-3f1a9c0d2b7e' })
  target!: string;
  @ApiProperty({ description: 'The event notified about (X-Ombudsman-Event-Id)', example: '0b7e2f4c-5d1a-5c8e-9f3b-2a6d7e8f9a0b' })
  eventId!: string;
  @ApiProperty({ description: 'Its type', example: 'DeadlineMarkedOverdue', enum: ['DeadlineReminderSent', 'DeadlineMarkedOverdue', 'DeadlineEscalated'] })
  eventType!: string;
  @ApiProperty({ description: 'Its stream', example: 'recommendation-8c1d…' })
  stream!: string;
  @ApiProperty({ description: 'Attempts made', example: 8 })
  attemptsMade!: number;
  @ApiProperty({ description: 'Error of the last attempt', example: 'Webhook webhook-3f1a9c0d2b7e answered HTTP 503' })
  failedReason!: string;
  @ApiProperty({ description: 'When the last attempt failed', example: '2025-05-10T01:00:00.000Z', nullable: true, type: String })
  failedAt!: string | null;
}

export class FailedNotificationListDto {
  @ApiProperty({ description: 'Parked deliveries in all', example: 1 })
  total!: number;
  @ApiProperty({ type: [FailedNotificationDto] })
  items!: FailedNotificationDto[];
}

export class RetriedNotificationDto {
  @ApiProperty({ description: 'The job retried', example: '0b7e…|webhook-3f1a9c0d2b7e' })
  jobId!: string;
  @ApiProperty({ description: 'Its state now', example: 'waiting' })
  state!: string;
}
