import { ApiProperty } from '@nestjs/swagger';
import { READ_AT_DESCRIPTION, ReadAtView } from '@app/platform/http';
import { TIME_ZONE_NAMES, TimeZone } from '@app/kernel';
import { CalendarProvenanceView } from '@app/calendar';
import { DAY_BASES, DayBasis } from '../../../deadlines/due-rules';
import { DeliveryDto } from '../../../processing/deliveries/delivery.response.dto';
import { ReminderSentView, ReminderView, OverdueMarkView, EscalationView } from './deadline-progress.views';
import { ActionItemView, ClosureView, ExtensionRequestView, FollowUpView, NotActionableRequestView } from './recommendation-lifecycle.views';
import {
  DEADLINE_ORIGINS,
  DeadlineOrigin,
  FOLLOW_UP_STATUSES,
  FollowUpStatus,
  RECOMMENDATION_KINDS,
  RecommendationKind,
  SOURCE_TYPES,
  SourceType,
} from '../../domain/recommendation.vocabulary';

export class DueRuleView {
  @ApiProperty({ example: 60 })
  days!: number;
  @ApiProperty({ enum: DAY_BASES, example: 'calendar' })
  basis!: DayBasis;
  @ApiProperty({ example: 'UU 37/2008 art. 38(2): …' })
  source!: string;
}

export class DeadlineView {
  @ApiProperty({ example: 1, description: 'Bumped each time the deadline changes' })
  version!: number;
  @ApiProperty({ example: '2025-05-09', format: 'date' })
  dueOn!: string;
  @ApiProperty({ example: '2025-05-09T16:00:00.000Z', description: "End of dueOn in the provider's time zone: overdue from this instant" })
  dueAt!: string;
  @ApiProperty({ enum: TIME_ZONE_NAMES, example: 'WITA' })
  timeZone!: TimeZone;
  @ApiProperty({ enum: DEADLINE_ORIGINS, example: 'rule', description: 'request: given at issue; rule: derived from the kind; extension: an approved extension' })
  setBy!: DeadlineOrigin;
  @ApiProperty({ type: DueRuleView, nullable: true, description: 'The rule that derived dueOn; null when it was given' })
  rule!: DueRuleView | null;
  @ApiProperty({
    type: [CalendarProvenanceView],
    nullable: true,
    description: 'For a working-day rule, the calendar that decided each year counted through (estimated: not authoritative); null when no working days were counted or the deadline predates this record',
  })
  calendar?: CalendarProvenanceView[] | null;
}

export class SourceView {
  @ApiProperty({ enum: SOURCE_TYPES, example: 'assessment' })
  type!: SourceType;
  @ApiProperty({ example: 'assessment-64.01-2023' })
  ref!: string;
}

/** A recommendation and its follow-up so far (as of `asOf` when asked); `revision` becomes the ETag. */
export class RecommendationView {
  @ApiProperty({ example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  id!: string;
  @ApiProperty({ example: 'recommendation-0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  stream!: string;
  @ApiProperty({ example: 0 })
  revision!: number;
  @ApiProperty({ example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  recommendationId!: string;
  @ApiProperty({ example: '64.01' })
  entityCode!: string;
  @ApiProperty({ example: '64', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ example: 'dpmptsp', nullable: true, type: String })
  unitId!: string | null;
  @ApiProperty({ enum: RECOMMENDATION_KINDS, example: 'saran_perbaikan' })
  kind!: RecommendationKind;
  @ApiProperty({ type: SourceView })
  source!: SourceView;
  @ApiProperty({ example: 'Publish the complete service standard at the DPMPTSP counter' })
  title!: string;
  @ApiProperty({ example: '2025-03-10', format: 'date' })
  issuedOn!: string;
  @ApiProperty({ enum: FOLLOW_UP_STATUSES, example: 'belum_ditindaklanjuti' })
  status!: FollowUpStatus;
  @ApiProperty({ example: true, description: 'False once sesuai, accepted as tidak_dapat_ditindaklanjuti, or closed by an officer' })
  open!: boolean;
  @ApiProperty({ type: ClosureView, nullable: true })
  closure!: ClosureView | null;
  @ApiProperty({ type: DeadlineView, description: 'The deadline in force' })
  deadline!: DeadlineView;
  @ApiProperty({ type: [DeadlineView], description: 'Every deadline version, oldest first; the last is the one in force' })
  deadlineHistory!: DeadlineView[];
  @ApiProperty({ type: [ActionItemView] })
  actionItems!: ActionItemView[];
  @ApiProperty({ type: [FollowUpView], description: 'Follow-ups with their evidence and verification' })
  followUps!: FollowUpView[];
  @ApiProperty({ type: [NotActionableRequestView], description: 'Requests for tidak_dapat_ditindaklanjuti and their decisions' })
  notActionableRequests!: NotActionableRequestView[];
  @ApiProperty({ type: [ExtensionRequestView] })
  extensionRequests!: ExtensionRequestView[];
  @ApiProperty({ type: [ReminderView], description: 'Reminders sent so far, for every deadline version' })
  reminders!: ReminderView[];
  @ApiProperty({ type: [ReminderSentView], description: 'The (version, daysBefore) pairs reminded, as the deadline steps check them' })
  remindersSent!: ReminderSentView[];
  @ApiProperty({ type: [OverdueMarkView] })
  overdueMarks!: OverdueMarkView[];
  @ApiProperty({ example: 1, nullable: true, type: Number, description: 'The deadline version last marked overdue; overdue now when it equals deadline.version' })
  overdueVersion!: number | null;
  @ApiProperty({ type: [EscalationView] })
  escalations!: EscalationView[];
  @ApiProperty({ example: 0, description: 'Highest ladder rung reached for the deadline in force (0 = none)' })
  escalationLevel!: number;
  @ApiProperty({ type: [DeliveryDto], description: 'Who was reminded, and when: per deadline step, recipient and channel (and each role nobody holds, NoContact)' })
  deliveries!: DeliveryDto[];
  @ApiProperty({ type: [ReadAtView], description: READ_AT_DESCRIPTION })
  readAt!: ReadAtView[];
}
