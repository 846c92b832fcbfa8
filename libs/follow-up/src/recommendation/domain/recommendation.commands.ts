import type { CalendarDate, DomainCommand } from '@app/kernel';
import type { DueRules } from '../../deadlines/due-rules';
import type { DeadlineStepCommand } from '../../deadlines/deadline-steps';
import type { WorkingDays } from '@app/calendar';
import type { EvidenceDocument, FollowUpReceipt, RecommendationSource } from './recommendation.events';
import type { ProviderFacts } from './recommendation.rules';
import type { RecommendationKind, Verdict } from './recommendation.vocabulary';

export interface IssueContext {
  provider: ProviderFacts;
  dueRules: DueRules;
  calendar: WorkingDays;
  /** For an assessment source: whether the stream named by source.ref has events. */
  sourceAssessmentExists?: boolean;
}

export type IssueRecommendation = DomainCommand<
  'IssueRecommendation',
  {
    recommendationId: string;
    entityCode: string;
    unitId?: string;
    kind: RecommendationKind;
    source: RecommendationSource;
    title: string;
    issuedOn: CalendarDate;
    dueOn?: CalendarDate;
  },
  IssueContext
>;

/** Context: the units registered under the provider now (the registry's entity stream). */
export type AddActionItem = DomainCommand<'AddActionItem', { itemId: string; unitId: string; title: string; dueOn: CalendarDate; addedOn?: CalendarDate }, { unitIds: string[] }>;
export type CloseActionItem = DomainCommand<'CloseActionItem', { itemId: string; note: string; closedOn?: CalendarDate }>;
/** Business dates (`…On`) are optional on every lifecycle command: absent means today in the provider's zone. */
export type SubmitFollowUp = DomainCommand<
  'SubmitFollowUp',
  { followUpId: string; itemId: string | null; summary: string; evidence: EvidenceDocument[]; submittedOn?: CalendarDate } & Partial<FollowUpReceipt>
>;
export type VerifyFollowUp = DomainCommand<'VerifyFollowUp', { followUpId: string; verdict: Verdict; note: string; verifiedOn?: CalendarDate }>;
export type RequestNotActionable = DomainCommand<'RequestNotActionable', { reason: string; requestedOn?: CalendarDate }>;
export type AcceptNotActionable = DomainCommand<'AcceptNotActionable', { note: string; acceptedOn?: CalendarDate }>;
export type RejectNotActionable = DomainCommand<'RejectNotActionable', { note: string; rejectedOn?: CalendarDate }>;
export type RequestDeadlineExtension = DomainCommand<'RequestDeadlineExtension', { requestId: string; proposedDueOn: CalendarDate; reason: string; requestedOn?: CalendarDate }>;
/** `dueOn` lets the officer grant a different date than proposed; it defaults to the proposal. */
export type ApproveDeadlineExtension = DomainCommand<'ApproveDeadlineExtension', { requestId: string; dueOn?: CalendarDate; note: string; approvedOn?: CalendarDate }>;
export type RefuseDeadlineExtension = DomainCommand<'RefuseDeadlineExtension', { requestId: string; note: string; refusedOn?: CalendarDate }>;
export type CloseRecommendation = DomainCommand<'CloseRecommendation', { reason: string; closedOn?: CalendarDate }>;

export type RecommendationCommand =
  | IssueRecommendation
  | AddActionItem
  | CloseActionItem
  | SubmitFollowUp
  | VerifyFollowUp
  | RequestNotActionable
  | AcceptNotActionable
  | RejectNotActionable
  | RequestDeadlineExtension
  | ApproveDeadlineExtension
  | RefuseDeadlineExtension
  | CloseRecommendation
  | DeadlineStepCommand;
