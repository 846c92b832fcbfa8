import { ApiProperty } from '@nestjs/swagger';
import { READ_AT_DESCRIPTION, ReadAtView } from '@app/platform/http';
import { TIME_ZONE_NAMES, TimeZone } from '@app/kernel';
import { OBLIGATION_STATUSES, ObligationStatus } from '../../domain/obligation.events';
import { CalendarProvenanceView } from '@app/calendar';
import { DeliveryDto } from '../../../processing/deliveries/delivery.response.dto';

export class ReportingPeriodView {
  @ApiProperty({ example: '2022-Q3', description: 'YYYY-MM, YYYY-Qn, YYYY-Sn or YYYY' })
  key!: string;
  @ApiProperty({ example: '2022-07-05', format: 'date', description: 'First day covered (the signing date for the first period)' })
  start!: string;
  @ApiProperty({ example: '2022-09-30', format: 'date', description: 'Last day covered (validUntil for the last period)' })
  end!: string;
}

export class ObligationDeadlineView {
  @ApiProperty({ example: 1 })
  version!: number;
  @ApiProperty({ example: '2022-10-10', format: 'date' })
  dueOn!: string;
  @ApiProperty({ example: '2022-10-10T16:00:00.000Z', description: "End of dueOn in the provider's time zone: overdue from this instant" })
  dueAt!: string;
  @ApiProperty({ enum: TIME_ZONE_NAMES, example: 'WITA' })
  timeZone!: TimeZone;
  @ApiProperty({
    type: [CalendarProvenanceView],
    nullable: true,
    description: 'For a grace period in working days, the calendar that decided each year counted through (estimated: not authoritative); null otherwise or when not recorded',
  })
  calendar?: CalendarProvenanceView[] | null;
}

export class EvidenceView {
  @ApiProperty({ example: '7d4c1a9e-2b3f-5c6d-8e9f-0a1b2c3d4e5f' })
  documentId!: string;
  @ApiProperty({ example: 'Laporan pendampingan triwulan III 2022.pdf' })
  name!: string;
  @ApiProperty({ example: 'application/pdf' })
  mediaType!: string;
  @ApiProperty({ example: 182044 })
  size!: number;
  @ApiProperty({ example: 'a3f1c9d0b2e4f6a8c0e2d4f6b8a0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6' })
  sha256!: string;
  @ApiProperty({ example: 'a3/a3f1c9d0b2e4f6a8c0e2d4f6b8a0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6' })
  storageKey!: string;
}

export class FulfilmentView {
  @ApiProperty({ example: '2022-10-04', format: 'date' })
  fulfilledOn!: string;
  @ApiProperty({ type: [EvidenceView] })
  evidence!: EvidenceView[];
}

export class CancellationView {
  @ApiProperty({ example: '2023-02-15', format: 'date' })
  cancelledOn!: string;
  @ApiProperty({ example: 'PKS terminated on 2023-02-15: Reorganisasi perangkat daerah' })
  reason!: string;
}

/** A periodic PKS obligation (as of `asOf` when asked); `revision` becomes the ETag. */
export class ObligationView {
  @ApiProperty({ example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11.pendampingan-berkala.2022-Q3' })
  id!: string;
  @ApiProperty({ example: 'obligation-5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11.pendampingan-berkala.2022-Q3' })
  stream!: string;
  @ApiProperty({ example: 2 })
  revision!: number;
  @ApiProperty({ example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11.pendampingan-berkala.2022-Q3' })
  obligationId!: string;
  @ApiProperty({ example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11' })
  pksId!: string;
  @ApiProperty({ example: 'pendampingan-berkala', description: 'The PKS scope item it comes from' })
  scopeId!: string;
  @ApiProperty({ example: '63' })
  entityCode!: string;
  @ApiProperty({ example: '63', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ example: ['inspektorat', 'dpmptsp'], type: [String], description: 'Units bound by the PKS' })
  unitIds!: string[];
  @ApiProperty({ example: 'Pendampingan berkala' })
  text!: string;
  @ApiProperty({ type: ReportingPeriodView })
  period!: ReportingPeriodView;
  @ApiProperty({ enum: OBLIGATION_STATUSES, example: 'open' })
  status!: ObligationStatus;
  @ApiProperty({ example: true, description: 'false once fulfilled or cancelled' })
  open!: boolean;
  @ApiProperty({ type: ObligationDeadlineView })
  deadline!: ObligationDeadlineView;
  @ApiProperty({ type: [ObligationDeadlineView], description: 'Earlier deadline versions (obligation deadlines do not move: empty)' })
  deadlineHistory!: ObligationDeadlineView[];
  @ApiProperty({ type: FulfilmentView, nullable: true })
  fulfilment!: FulfilmentView | null;
  @ApiProperty({ type: CancellationView, nullable: true })
  cancellation!: CancellationView | null;
  @ApiProperty({ example: [{ deadlineVersion: 1, daysBefore: 7, remindedAt: '2022-10-03T16:00:00.000Z' }], description: 'Reminders sent' })
  reminders!: Array<{ deadlineVersion: number; daysBefore: number; remindedAt: string }>;
  @ApiProperty({ example: [{ deadlineVersion: 1, markedAt: '2022-10-10T16:00:05.000Z' }], description: 'Overdue marks' })
  overdueMarks!: Array<{ deadlineVersion: number; markedAt: string }>;
  @ApiProperty({ example: [{ deadlineVersion: 1, level: 1, to: 'unit_head', escalatedAt: '2022-10-10T16:00:05.000Z' }], description: 'Escalations' })
  escalations!: Array<{ deadlineVersion: number; level: number; to: string; escalatedAt: string }>;
  @ApiProperty({ type: [DeliveryDto], description: 'Who was reminded, and when: per deadline step, recipient and channel (and each role nobody holds, NoContact)' })
  deliveries!: DeliveryDto[];
  @ApiProperty({ type: [ReadAtView], description: READ_AT_DESCRIPTION })
  readAt!: ReadAtView[];
}
