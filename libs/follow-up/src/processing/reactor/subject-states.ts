import type { AggregateStore } from '@app/platform/commands';
import type { DeadlineSubject } from '../../deadlines/deadline-commands.port';
import { evolveObligation, type ObligationEvent, type ObligationState } from '../../obligation/domain/obligation.events';
import { evolve as evolveRecommendation } from '../../recommendation/domain/recommendation.state';
import type { RecommendationEvent, RecommendationState } from '../../recommendation/domain/recommendation.events';
import { streamOfSubject } from '../schedule/deadline-facts';

export interface DeadlineSubjectState {
  open: boolean;
  /** Current deadline version and its due instant. */
  version: number;
  dueAt: string;
  /** Set on a version recorded late: its escalation ladder runs from here. */
  ladderFrom?: string;
}

/**
 * Whether a subject is still open, and its deadline version, as its stream says now: folded
 * with the aggregate's own evolve (only it knows when a `sesuai` verdict closes a recommendation).
 */
export class SubjectStates {
  constructor(private readonly aggregates: AggregateStore) {}

  async current(subject: DeadlineSubject): Promise<DeadlineSubjectState | null> {
    const stream = streamOfSubject(subject);
    const { state } =
      subject.kind === 'recommendation'
        ? await this.aggregates.load<RecommendationState, RecommendationEvent>(stream, { initialState: () => null, evolve: evolveRecommendation })
        : await this.aggregates.load<ObligationState, ObligationEvent>(stream, { initialState: () => null, evolve: evolveObligation });
    if (!state) return null;
    const { version, dueAt, ladderFrom } = state.deadline;
    return { open: state.open, version, dueAt, ...(ladderFrom === undefined ? {} : { ladderFrom }) };
  }
}
