import type { CalendarDate, DomainEvent, Jurisdiction, ProvinceTag, TimeZone } from '@app/kernel';
import type { EvidenceDocument } from '@app/evidence';
import type { CalendarProvenance } from '@app/calendar';
import type { DueRule } from '../../deadlines/due-rules';
import type { DeadlineStepEvent, DeadlineVersion } from '../../deadlines/deadline-steps';
import type { FollowUpStatus, ReceivedVia, RecommendationKind, SourceType, Verdict } from './recommendation.vocabulary';

export interface RecommendationSource {
  type: SourceType;
  /** The document it comes from: `assessment-64.01-2023`, an LAHP number, … */
  ref: string;
}

/** When the provider must have acted. Each change of deadline bumps `version`. */
export interface Deadline {
  version: number;
  dueOn: CalendarDate;
  /** End of `dueOn` in the provider's time zone (ISO instant): overdue from then on. */
  dueAt: string;
  timeZone: TimeZone;
  /** 'request' when the officer gave dueOn; 'rule' when derived from the kind's due rule. */
  setBy: 'request' | 'rule';
  /** The rule used to derive dueOn; null when it was given. */
  rule: DueRule | null;
  /**
   * Which calendar decided each year a working-day rule counted through (skb, admin or an
   * estimate); null when no working days were counted. Absent on deadlines recorded before.
   */
  calendar?: CalendarProvenance[] | null;
  /** Recorded over a day after dueAt: when, and so where its escalation ladder starts (DeadlineVersion). */
  ladderFrom?: string;
}

/** The documents an event cites: one shape for every event, defined by the evidence library. */
export type { EvidenceDocument };

/** Schema v1 forever: later state (action items, follow-ups, …) starts empty for it. */
export type RecommendationIssued = DomainEvent<
  'RecommendationIssued',
  Jurisdiction & {
    recommendationId: string;
    unitId: string | null;
    kind: RecommendationKind;
    source: RecommendationSource;
    title: string;
    issuedOn: CalendarDate;
    status: FollowUpStatus;
    deadline: Deadline;
  }
>;

type Of<Type extends string, Data> = DomainEvent<Type, { recommendationId: string } & Data>;

/** `addedOn`: the item's business date; absent on events stored before it existed (then the issue date stands in). */
export type ActionItemAdded = Of<'ActionItemAdded', { itemId: string; unitId: string; title: string; dueOn: CalendarDate; dueAt: string; addedOn?: CalendarDate }>;
/**
 * Marks a FollowUpVerified or ActionItemClosed decided since completion is an event of its own:
 * if it completed the recommendation, a RecommendationFulfilled follows it in the same append.
 * Absent on events stored before (lifecycle v1), whose completion was implied and is derived on
 * read (the legacy path in recommendation.lifecycle and the read model's `unsettled` set).
 */
export type CompletionMarker = 'explicit';

export type ActionItemClosed = Of<'ActionItemClosed', { itemId: string; closedOn: CalendarDate; note: string; completion?: CompletionMarker }>;
/**
 * How a follow-up came in. Absent on events stored before officers could record follow-ups
 * received outside the system: those were all submitted here (`sistem`).
 */
export interface FollowUpReceipt {
  receivedVia: ReceivedVia;
  /** The reference number of the letter (or minutes, e-mail) it came with, when there is one. */
  letterNumber: string;
}
export type FollowUpSubmitted = Of<
  'FollowUpSubmitted',
  { followUpId: string; itemId: string | null; summary: string; evidence: EvidenceDocument[]; submittedOn: CalendarDate } & Partial<FollowUpReceipt>
>;
export type FollowUpVerified = Of<
  'FollowUpVerified',
  {
    followUpId: string;
    verdict: Verdict;
    note: string;
    verifiedOn: CalendarDate;
    completion?: CompletionMarker;
    /** Follow-ups still awaiting an officer after this verdict (the status follows from it); absent on v1 events. */
    awaitingVerification?: number;
  }
>;
export type NotActionableRequested = Of<'NotActionableRequested', { reason: string; requestedOn: CalendarDate }>;
export type NotActionableAccepted = Of<'NotActionableAccepted', ProvinceTag & { note: string; acceptedOn: CalendarDate }>;
export type NotActionableRejected = Of<'NotActionableRejected', { note: string; rejectedOn: CalendarDate }>;
export type DeadlineExtensionRequested = Of<
  'DeadlineExtensionRequested',
  { requestId: string; proposedDueOn: CalendarDate; reason: string; requestedOn: CalendarDate }
>;
export type DeadlineExtensionApproved = Of<
  'DeadlineExtensionApproved',
  ProvinceTag & { requestId: string; deadline: DeadlineVersion; approvedOn: CalendarDate; note: string }
>;
export type DeadlineExtensionRefused = Of<'DeadlineExtensionRefused', { requestId: string; note: string; refusedOn: CalendarDate }>;
export type RecommendationClosed = Of<'RecommendationClosed', ProvinceTag & { closedOn: CalendarDate; reason: string }>;
/**
 * The recommendation is implemented (sesuai) and no longer followed up. `followUpId`: the
 * whole-recommendation follow-up whose sesuai verdict completed it, null when the last action
 * item did; `closedActionItems`: items still open that the completion closed.
 */
export type RecommendationFulfilled = Of<
  'RecommendationFulfilled',
  ProvinceTag & { fulfilledOn: CalendarDate; reason: string; followUpId: string | null; closedActionItems: string[] }
>;

export type LifecycleEvent =
  | ActionItemAdded
  | ActionItemClosed
  | FollowUpSubmitted
  | FollowUpVerified
  | NotActionableRequested
  | NotActionableAccepted
  | NotActionableRejected
  | DeadlineExtensionRequested
  | DeadlineExtensionApproved
  | DeadlineExtensionRefused
  | RecommendationClosed
  | RecommendationFulfilled;

/** Every event on `recommendation-<id>`; the deadline steps carry `subjectId` instead of `recommendationId`. */
export type RecommendationEvent = RecommendationIssued | LifecycleEvent | DeadlineStepEvent;

export type { Recommendation, RecommendationState } from './recommendation.state';
export { evolve } from './recommendation.state';
