import { ApiProperty } from '@nestjs/swagger';

export class LatestRecipientDto {
  @ApiProperty({ example: 'Siti Aminah' }) name!: string;
  @ApiProperty({ example: 'liaison' }) role!: string;
  @ApiProperty({ enum: ['email', 'digest', 'webhook', 'inbox'], example: 'email' }) channel!: string;
  @ApiProperty({ description: 'In copy rather than addressed', example: false }) copy!: boolean;
  @ApiProperty({ enum: ['queued', 'retrying', 'delivered', 'failed'], example: 'delivered' }) status!: string;
  @ApiProperty({ description: 'When the status was reached', example: '2025-06-01T00:01:02.000Z' }) at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed', example: null }) reason!: string | null;
}

export class LatestDeliveryDto {
  @ApiProperty({ description: 'The step: reminder-<days>, overdue or escalation-<level>', example: 'escalation-2' }) step!: string;
  @ApiProperty({ description: 'When it was routed (the step’s time)', example: '2025-06-14T16:01:00.000Z' }) routedAt!: string;
  @ApiProperty({ type: [LatestRecipientDto], description: 'Each recipient per channel, addressees first' }) recipients!: LatestRecipientDto[];
  @ApiProperty({ type: [String], description: 'Roles nobody is on record in (NoContact)', example: ['ombudsman_leadership'] }) missingRoles!: string[];
  @ApiProperty({ description: 'Steps of this record routed to contacts in all', example: 3 }) steps!: number;
}
