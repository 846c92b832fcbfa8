import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TIME_ZONE_NAMES } from '@app/kernel';
import { ITEM_KINDS, ITEM_SOURCES, ITEM_STATUSES } from '../follow-up-items.keys';
import { LatestDeliveryDto } from '../latest-deliveries/latest-delivery.response.dto';

export class ItemSourceDto {
  @ApiProperty({ enum: ITEM_SOURCES, example: 'lahp' })
  type!: string;
  @ApiProperty({ example: 'LAHP/0123/LM/XII/2024/BPP', description: 'The document; for obligations the PKS id' })
  ref!: string;
}

export class ItemDeadlineDto {
  @ApiProperty({ example: 1, description: 'Bumped by each approved extension' })
  version!: number;
  @ApiProperty({ example: '2025-06-04' })
  dueOn!: string;
  @ApiProperty({ example: '2025-06-04T16:00:00.000Z', description: 'End of dueOn in the provider zone: overdue from then on' })
  dueAt!: string;
  @ApiProperty({ enum: TIME_ZONE_NAMES, example: 'WITA' })
  timeZone!: string;
  @ApiProperty({ enum: ['request', 'rule', 'extension'], example: 'rule' })
  setBy!: string;
}

export class RemindersDto {
  @ApiProperty({ example: 2, description: 'Reminders sent, every deadline version' })
  sent!: number;
  @ApiProperty({ example: '2025-06-01T01:00:00.000Z', nullable: true, type: String })
  lastAt!: string | null;
  @ApiProperty({ example: 3, nullable: true, type: Number })
  lastDaysBefore!: number | null;
}

export class EscalationDto {
  @ApiProperty({ example: 1, description: 'Rung of the escalation ladder reached for the current deadline' })
  level!: number;
  @ApiProperty({ example: 'sekretaris-daerah' })
  to!: string;
  @ApiProperty({ example: '2025-06-12T01:00:00.000Z' })
  at!: string;
}

export class ClosureDto {
  @ApiProperty({ enum: ['verified', 'not_actionable', 'administrative', 'fulfilled', 'cancelled'], example: 'verified' })
  kind!: string;
  @ApiProperty({ example: '2025-05-20' })
  closedOn!: string;
  @ApiProperty({ example: 'every action item closed and verified sesuai' })
  reason!: string;
}

/** A recommendation or a PKS obligation in the follow-up lists. */
export class FollowUpItemDto {
  @ApiProperty({ example: '0d5c3a7e-5b1f-5c1e-9f7a-2b3c4d5e6f70' })
  id!: string;
  @ApiProperty({ enum: ['recommendation', 'obligation'], example: 'recommendation' })
  subject!: string;
  @ApiProperty({ example: 'recommendation-0d5c3a7e-5b1f-5c1e-9f7a-2b3c4d5e6f70' })
  stream!: string;
  @ApiProperty({ enum: ITEM_KINDS, example: 'tindakan_korektif' })
  kind!: string;
  @ApiProperty({ enum: ITEM_STATUSES, example: 'belum_sesuai' })
  status!: string;
  @ApiProperty({ example: true })
  open!: boolean;
  @ApiProperty({ example: '64.01' })
  entityCode!: string;
  @ApiProperty({ example: 'Kabupaten Paser', nullable: true, type: String })
  entityName!: string | null;
  @ApiProperty({ example: '64', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ example: ['dpmptsp'], type: [String] })
  unitIds!: string[];
  @ApiProperty({ type: ItemSourceDto })
  source!: ItemSourceDto;
  @ApiProperty({ example: 'Publish the DPMPTSP service standard at the service counter' })
  title!: string;
  @ApiProperty({ example: '2025-03-10', description: 'Obligations: the start of the reporting period' })
  issuedOn!: string;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Obligations: the reporting period, e.g. 2022-Q3' })
  periodKey!: string | null;
  @ApiProperty({ type: ItemDeadlineDto })
  deadline!: ItemDeadlineDto;
  @ApiProperty({
    example: true,
    description: "Open and past the due instant (judged at the page's `at`), unless a follow-up submitted by the due date (submittedOn ≤ dueOn) awaits verification",
  })
  overdue!: boolean;
  @ApiProperty({
    example: true,
    nullable: true,
    type: Boolean,
    description: 'Late by business dates: fulfilled after dueOn (fulfilledOn = dueOn is on time, even when recorded later), or overdue while open; null when closed another way',
  })
  late!: boolean | null;
  @ApiProperty({ example: 12, nullable: true, type: Number, description: 'Calendar days late in the provider zone (1 on the first day)' })
  daysOverdue!: number | null;
  @ApiProperty({ example: 1, description: 'Follow-ups submitted' })
  followUps!: number;
  @ApiProperty({ type: RemindersDto })
  reminders!: RemindersDto;
  @ApiProperty({ example: '2025-06-05T00:00:00.000Z', nullable: true, type: String, description: 'When the current deadline was marked overdue' })
  overdueMarkedAt!: string | null;
  @ApiProperty({ type: EscalationDto, nullable: true })
  escalation!: EscalationDto | null;
  @ApiProperty({ enum: ['pending', 'approved', 'refused'], nullable: true, example: null, description: 'The latest extension request' })
  extension!: string | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'rejected'], nullable: true, example: null, description: 'The latest not-actionable request' })
  notActionable!: string | null;
  @ApiProperty({ type: ClosureDto, nullable: true })
  closure!: ClosureDto | null;
  @ApiPropertyOptional({ type: LatestDeliveryDto, nullable: true, description: 'GET /v1/recommendations and /v1/follow-up/overdue: the last step routed to contacts — who, when, how, and whether it arrived; null before any' })
  lastDelivery?: LatestDeliveryDto | null;
}

export class FollowUpItemPageDto {
  @ApiProperty({ example: '2025-06-16T03:00:00.000Z', description: 'The instant overdue is judged at' })
  at!: string;
  @ApiProperty({ type: [FollowUpItemDto], description: 'By due instant, then stream' })
  items!: FollowUpItemDto[];
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor!: string | null;
}

export class OwedActionItemDto {
  @ApiProperty({ example: 'ai-1' })
  itemId!: string;
  @ApiProperty({ example: 'dpmptsp' })
  unitId!: string;
  @ApiProperty({ example: 'Dinas Penanaman Modal dan PTSP', nullable: true, type: String })
  unitName!: string | null;
  @ApiProperty({ example: 'Display the service standard' })
  title!: string;
  @ApiProperty({ example: '2025-05-30' })
  dueOn!: string;
  @ApiProperty({ example: '2025-05-30T16:00:00.000Z' })
  dueAt!: string;
  @ApiProperty({ example: null, nullable: true, type: String })
  closedOn!: string | null;
  @ApiProperty({ example: 0 })
  followUps!: number;
  @ApiProperty({ enum: ['missing', 'awaiting_verification', 'belum_sesuai', 'sesuai'], example: 'missing' })
  evidence!: string;
}

export class OwedItemDto extends FollowUpItemDto {
  @ApiProperty({ enum: ['missing', 'awaiting_verification', 'belum_sesuai', 'sesuai'], example: 'missing' })
  evidence!: string;
  @ApiProperty({ type: [OwedActionItemDto] })
  actionItems!: OwedActionItemDto[];
  @ApiProperty({ example: ['DPMPTSP: a follow-up with evidence for "Display the service standard", due 2025-05-30'], type: [String] })
  missing!: string[];
}

export class OwedPageDto {
  @ApiProperty({ example: '64.01' })
  entityCode!: string;
  @ApiProperty({ example: 'Kabupaten Paser', nullable: true, type: String })
  entityName!: string | null;
  @ApiProperty({ example: '2025-06-16T03:00:00.000Z' })
  at!: string;
  @ApiProperty({ type: [OwedItemDto] })
  items!: OwedItemDto[];
  @ApiProperty({ example: null, nullable: true, type: String })
  nextCursor!: string | null;
}
