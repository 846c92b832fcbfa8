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

/**
 * `{ ...source }` without `omit`, built key by key on a fresh object: the same keys in the same
 * order with the same values (event data is JSON: it has no symbol keys).
 */
function copyOf<T extends object>(source: T, omit?: keyof T): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    if (key === omit) continue;
    const value = (source as Record<string, unknown>)[key];
    // Assigned, `__proto__` would set the prototype; the spread makes it an own key.
    if (key === '__proto__') Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    else copy[key] = value;
  }
  return copy;
}

/**
 * As `{ ...data, deadline: { ...deadline, rule, calendar }, deadlineHistory, … }`, key for key,
 * but with the keys set one by one: Node 20's V8 gives a spread that then gains keys of its own
 * a new hidden class every time (some 2 µs per new key, and old-space garbage), which made this
 * the costliest step of loading a recommendation; keys set on `{}` follow hidden classes made once.
 */
function issued(data: RecommendationIssued['data']): Recommendation {
  const { deadline } = data;
  const current = copyOf(deadline) as unknown as RecommendationDeadline;
  current.rule = deadline.rule ? { ...deadline.rule } : null;
  // Deadlines recorded before the calendar was noted show null: which calendar was used is unknown.
  current.calendar = deadline.calendar ?? null;
  const state = copyOf(data, 'deadline') as unknown as Recommendation;
  state.deadline = current;
  state.deadlineHistory = [current];
  state.remindersSent = [];
  state.overdueVersion = null;
  state.escalationLevel = 0;
  state.open = true;
  state.closure = null;
  state.actionItems = [];
  state.followUps = [];
  state.notActionableRequests = [];
  state.extensionRequests = [];
  state.reminders = [];
  state.overdueMarks = [];
  state.escalations = [];
  return state;
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
