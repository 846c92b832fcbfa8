import type { CalendarDate } from '@app/kernel';
import type { CalendarProvenance } from '@app/calendar';
import type { DueRule } from '../../deadlines/due-rules';
import { DeadlineTrack, DeadlineVersion, recordDeadlineStep } from '../../deadlines/deadline-steps';
import type { EvidenceDocument, RecommendationEvent, RecommendationIssued } from './recommendation.events';
import type { ClosureKind, DeadlineOrigin, ExtensionOutcome, NotActionableOutcome, ReceivedVia, Verdict } from './recommendation.vocabulary';
import { applyLifecycle } from './recommendation.lifecycle';

export interface RecommendationDeadline extends DeadlineVersion {
  setBy: DeadlineOrigin;
  rule: DueRule | null;
  /** Which calendar decided the working days counted (see Deadline.calendar); null when none were, or not recorded. */
  calendar?: CalendarProvenance[] | null;
}

export interface ActionItem {
  itemId: string;
  unitId: string;
  title: string;
  dueOn: CalendarDate;
  dueAt: string;
  /** When it was added (business date); the issue date for items stored before it was recorded. */
  addedOn: CalendarDate;
  closed: { closedOn: CalendarDate; note: string } | null;
}

export interface FollowUp {
  followUpId: string;
  itemId: string | null;
  summary: string;
  evidence: EvidenceDocument[];
  submittedOn: CalendarDate;
  /** `sistem` when the liaison submitted it here; otherwise how it reached the officer who recorded it. */
  receivedVia: ReceivedVia;
  letterNumber: string | null;
  verification: { verdict: Verdict; note: string; verifiedOn: CalendarDate } | null;
}

export interface NotActionableRequest {
  reason: string;
  requestedOn: CalendarDate;
  outcome: NotActionableOutcome;
  decision: { note: string; decidedOn: CalendarDate } | null;
}

export interface ExtensionRequest {
  requestId: string;
  proposedDueOn: CalendarDate;
  reason: string;
  requestedOn: CalendarDate;
  outcome: ExtensionOutcome;
  decision: { note: string; decidedOn: CalendarDate; deadlineVersion: number | null } | null;
}

export interface Recommendation extends Omit<RecommendationIssued['data'], 'deadline'>, DeadlineTrack {
  deadline: RecommendationDeadline;
  /** Every deadline version, the current one last: history keeps all. */
  deadlineHistory: RecommendationDeadline[];
  closure: { kind: ClosureKind; closedOn: CalendarDate; reason: string } | null;
  actionItems: ActionItem[];
  followUps: FollowUp[];
  notActionableRequests: NotActionableRequest[];
  extensionRequests: ExtensionRequest[];
  /** The deadline workers' steps so far, in order: who was reminded, marked overdue, escalated to. */
  reminders: Array<{ deadlineVersion: number; daysBefore: number; remindedAt: string }>;
  overdueMarks: Array<{ deadlineVersion: number; markedAt: string }>;
  escalations: Array<{ deadlineVersion: number; level: number; to: string; escalatedAt: string }>;
}

export type RecommendationState = Recommendation | null;

function issued({ deadline, ...data }: RecommendationIssued['data']): Recommendation {
  // Deadlines recorded before the calendar was noted show null: which calendar was used is unknown.
  const current: RecommendationDeadline = { ...deadline, rule: deadline.rule ? { ...deadline.rule } : null, calendar: deadline.calendar ?? null };
  return {
    ...data,
    deadline: current,
    deadlineHistory: [current],
    remindersSent: [],
    overdueVersion: null,
    escalationLevel: 0,
    open: true,
    closure: null,
    actionItems: [],
    followUps: [],
    notActionableRequests: [],
    extensionRequests: [],
    reminders: [],
    overdueMarks: [],
    escalations: [],
  };
}

export function evolve(state: RecommendationState, event: RecommendationEvent): RecommendationState {
  if (event.type === 'RecommendationIssued') return issued(event.data);
  if (!state) return state;
  switch (event.type) {
    case 'DeadlineReminderSent':
    case 'DeadlineMarkedOverdue':
    case 'DeadlineEscalated':
      return recordDeadlineStep(state, event);
    default:
      return applyLifecycle(state, event);
  }
}
