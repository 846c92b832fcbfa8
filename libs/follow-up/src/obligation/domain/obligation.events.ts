import type { CalendarDate, DomainEvent, Jurisdiction, ProvinceTag } from '@app/kernel';
import type { EvidenceDocument } from '@app/evidence';
import type { CalendarProvenance } from '@app/calendar';
import { DeadlineStepEvent, DeadlineTrack, DeadlineVersion, recordDeadlineStep, initialDeadlineTrack } from '../../deadlines/deadline-steps';
import type { ReportingPeriod } from './reporting-periods';

/** The documents an event cites: one shape for every event, defined by the evidence library. */
export type { EvidenceDocument };

/**
 * `calendar`: for a grace period counted in working days, the calendar that decided each year
 * counted through (skb, admin or an estimate); absent when counted in calendar days, and on
 * obligations scheduled before it was recorded (shown as null).
 */
export type ObligationDeadline = DeadlineVersion & { calendar?: CalendarProvenance[] | null };

export type ObligationScheduled = DomainEvent<
  'ObligationScheduled',
  Jurisdiction & {
    obligationId: string;
    pksId: string;
    scopeId: string;
    unitIds: string[];
    text: string;
    period: ReportingPeriod;
    deadline: ObligationDeadline;
  }
>;
export type ObligationFulfilled = DomainEvent<'ObligationFulfilled', ProvinceTag & { obligationId: string; evidence: EvidenceDocument[]; fulfilledOn: CalendarDate }>;
export type ObligationCancelled = DomainEvent<'ObligationCancelled', ProvinceTag & { obligationId: string; reason: string; cancelledOn: CalendarDate }>;

export type ObligationEvent = ObligationScheduled | ObligationFulfilled | ObligationCancelled | DeadlineStepEvent;

export const OBLIGATION_STATUSES = ['open', 'fulfilled', 'cancelled'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export interface Obligation extends Omit<ObligationScheduled['data'], 'deadline'>, DeadlineTrack {
  deadline: ObligationDeadline;
  status: ObligationStatus;
  /** Earlier deadline versions; an obligation's deadline does not move, so this stays empty. */
  deadlineHistory: DeadlineVersion[];
  fulfilment: { evidence: EvidenceDocument[]; fulfilledOn: CalendarDate } | null;
  cancellation: { reason: string; cancelledOn: CalendarDate } | null;
  /** The deadline workers' steps so far: who was reminded, marked overdue, escalated to. */
  reminders: Array<{ deadlineVersion: number; daysBefore: number; remindedAt: string }>;
  overdueMarks: Array<{ deadlineVersion: number; markedAt: string }>;
  escalations: Array<{ deadlineVersion: number; level: number; to: string; escalatedAt: string }>;
}

export type ObligationState = Obligation | null;

function scheduled({ deadline, ...data }: ObligationScheduled['data']): Obligation {
  const track = initialDeadlineTrack(deadline);
  return {
    ...data,
    ...track,
    deadline: { ...track.deadline, calendar: deadline.calendar ?? null },
    status: 'open',
    deadlineHistory: [],
    fulfilment: null,
    cancellation: null,
    reminders: [],
    overdueMarks: [],
    escalations: [],
  };
}

export function evolveObligation(state: ObligationState, event: ObligationEvent): ObligationState {
  if (event.type === 'ObligationScheduled') return scheduled(event.data);
  if (!state) return state;
  switch (event.type) {
    case 'ObligationFulfilled':
      return { ...state, status: 'fulfilled', open: false, fulfilment: { evidence: event.data.evidence, fulfilledOn: event.data.fulfilledOn } };
    case 'ObligationCancelled':
      return { ...state, status: 'cancelled', open: false, cancellation: { reason: event.data.reason, cancelledOn: event.data.cancelledOn } };
    case 'DeadlineReminderSent':
    case 'DeadlineMarkedOverdue':
    case 'DeadlineEscalated':
      return recordDeadlineStep(state, event);
  }
}
