import type { CalendarDate, DomainEvent, Jurisdiction, TimeZone } from '@app/kernel';
import type { DueRule } from '../../deadlines/due-rules';
import type { FollowUpStatus, RecommendationKind, SourceType } from './recommendation.vocabulary';

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
}

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

export type RecommendationEvent = RecommendationIssued;

export type Recommendation = RecommendationIssued['data'];

export type RecommendationState = Recommendation | null;

export function evolve(state: RecommendationState, event: RecommendationEvent): RecommendationState {
  switch (event.type) {
    case 'RecommendationIssued':
      return { ...event.data };
  }
}
