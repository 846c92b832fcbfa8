import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_ROLES, type ContactRole } from '@app/contacts';
import type { DeliveryChannel, DeliveryStatus, DeliveryView } from './delivery.events';

/** One recipient and channel of one deadline step: who was reminded, when, and how it went. */
export class DeliveryDto implements DeliveryView {
  @ApiProperty({ description: 'The step: reminder-<n>d, overdue or escalation-<level>', example: 'escalation-2' })
  step!: string;
  @ApiProperty({ description: 'The step event reported on', example: '0b7e2f4c-5d1a-5c8e-9f3b-2a6d7e8f9a0b' })
  stepEventId!: string;
  @ApiProperty({ enum: CONTACT_ROLES, example: 'regional_secretary' })
  role!: ContactRole;
  @ApiProperty({ nullable: true, type: String, example: 'Drs. H. Katsul Wijaya', description: 'Null when nobody holds the role (NoContact)' })
  name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'sekda@paserkab.go.id', description: 'E-mail address, or user:<sub> for the in-app inbox' })
  address!: string | null;
  @ApiProperty({ nullable: true, enum: ['email', 'digest', 'inbox'], example: 'email' })
  channel!: DeliveryChannel | null;
  @ApiProperty({ description: 'In copy (cc) rather than addressed', example: false })
  copy!: boolean;
  @ApiProperty({ enum: ['queued', 'delivered', 'retrying', 'failed', 'no_contact'], example: 'delivered', description: 'failed: every attempt failed, parked for an admin retry' })
  status!: DeliveryStatus;
  @ApiProperty({ description: 'When it reached this status', example: '2025-06-13T16:00:05.000Z' })
  at!: string;
  @ApiProperty({ description: 'Attempts made', example: 1 })
  attempts!: number;
  @ApiProperty({ nullable: true, type: String, example: 'no contact for regional_secretary of 64.01', description: 'Why it failed, or why nobody was reached' })
  reason!: string | null;
  @ApiProperty({ nullable: true, enum: ['NoContact'], example: null })
  code!: 'NoContact' | null;
  @ApiProperty({ nullable: true, type: String, example: 'id/escalation@1', description: 'The template and its version' })
  template!: string | null;
}
