import type { CalendarDate } from '@app/kernel';
import type { CalendarProvenance } from '@app/calendar';
import type { DueRule } from '../../deadlines/due-rules';
import { DeadlineTrack, DeadlineVersion, recordDeadlineStep } from '../../deadlines/deadline-steps';
import type { Deadline, EvidenceDocument, RecommendationEvent, RecommendationIssued } from './recommendation.events';
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

/** The keys IssueRecommendation writes, in its order: the shape nearly every stored issue has. */
const ISSUED_KEYS = ['recommendationId', 'entityCode', 'provinceCode', 'unitId', 'kind', 'source', 'title', 'issuedOn', 'status', 'deadline'];
const DEADLINE_KEYS = ['version', 'dueOn', 'dueAt', 'timeZone', 'setBy', 'rule'];

/** Whether `value`'s own keys are exactly `keys`, in order, `optionalLast` allowed after them. */
function keysAre(value: object, keys: string[], optionalLast?: string): boolean {
  const own = Object.keys(value);
  const length = own.length === keys.length + 1 && own[keys.length] === optionalLast ? keys.length : own.length;
  if (length !== keys.length) return false;
  for (let i = 0; i < length; i++) if (own[i] !== keys[i]) return false;
  return true;
}

/**
 * `{ ...deadline, rule, calendar }`, written out when the deadline has the usual keys. A spread
 * that then gains keys (`calendar`, the state's own) costs Node 20's V8 a new hidden class per
 * object, and keys added one by one to `{}` share the empty object's overcrowded transitions:
 * either costs microseconds per recommendation loaded and old-space garbage, where a literal's
 * shape is made once. Anything else stored takes the spread, as before.
 */
function currentDeadline(deadline: Deadline): RecommendationDeadline {
  const rule = deadline.rule ? { ...deadline.rule } : null;
  // Deadlines recorded before the calendar was noted show null: which calendar was used is unknown.
  const calendar = deadline.calendar ?? null;
  if (!keysAre(deadline, DEADLINE_KEYS, 'calendar')) return { ...deadline, rule, calendar };
  const { version, dueOn, dueAt, timeZone, setBy } = deadline;
  return { version, dueOn, dueAt, timeZone, setBy, rule, calendar };
}

/**
 * Whatever the issue stored, key for key and in order, then the deadline and the empty history
 * (see currentDeadline for why the usual keys are written out). The empty history is one list for
 * both shapes: spread after a literal's keys it takes the same transitions every time, ~0.2 µs a
 * load against ~46 µs for the spread of the whole issue.
 */
function issued(data: RecommendationIssued['data']): Recommendation {
  const current = currentDeadline(data.deadline);
  if (!keysAre(data, ISSUED_KEYS)) return { ...withoutDeadline(data), deadline: current, deadlineHistory: [current], ...emptyHistory() };
  const { recommendationId, entityCode, provinceCode, unitId, kind, source, title, issuedOn, status } = data;
  return {
    recommendationId,
    entityCode,
    provinceCode,
    unitId,
    kind,
    source,
    title,
    issuedOn,
    status,
    deadline: current,
    deadlineHistory: [current],
    ...emptyHistory(),
  };
}

function withoutDeadline({ deadline: _deadline, ...data }: RecommendationIssued['data']): Omit<RecommendationIssued['data'], 'deadline'> {
  return data;
}

const emptyHistory = () => ({
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
});

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
