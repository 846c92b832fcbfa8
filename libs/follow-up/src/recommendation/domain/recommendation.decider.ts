import { CalendarDate, Decider, DomainCommand, assertNever, conflict, endOfDayInstant, requireOmbudsmanAuthority } from '@app/kernel';
import { dueOnFor } from '../../deadlines/due-date';
import type { DueRules } from '../../deadlines/due-rules';
import type { WorkingDays } from '../../deadlines/working-calendar';
import { RecommendationEvent, RecommendationIssued, RecommendationSource, RecommendationState, evolve } from './recommendation.events';
import { ProviderFacts, checkDates, checkKind, checkSource, checkText, checkUnit } from './recommendation.rules';
import type { RecommendationKind } from './recommendation.vocabulary';

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

export type RecommendationCommand = IssueRecommendation;

function issue(command: IssueRecommendation, state: RecommendationState): RecommendationIssued[] {
  if (!command.context) throw new Error('IssueRecommendation: the handler must load the provider, due rules and calendar');
  const { provider, dueRules, calendar, sourceAssessmentExists } = command.context;
  const { recommendationId, unitId, kind, issuedOn, dueOn } = command.data;
  requireOmbudsmanAuthority(command.actor, provider, 'Issue recommendation');
  if (state) throw conflict('RecommendationAlreadyIssued', `Recommendation ${state.recommendationId} was already issued on ${state.issuedOn}`);
  checkKind(kind);
  const title = checkText(command.data.title, 'title', 'TitleRequired');
  checkUnit(unitId, provider);
  const source = checkSource(command.data.source, provider, sourceAssessmentExists);
  checkDates(issuedOn, dueOn, command.now);
  const rule = dueOn === undefined ? dueRules[kind] : null;
  const due = rule ? dueOnFor(issuedOn, rule, calendar) : (dueOn as CalendarDate);
  return [
    {
      type: 'RecommendationIssued',
      data: {
        recommendationId,
        entityCode: provider.entityCode,
        provinceCode: provider.provinceCode,
        unitId: unitId ?? null,
        kind,
        source,
        title,
        issuedOn,
        status: 'belum_ditindaklanjuti',
        deadline: {
          version: 1,
          dueOn: due,
          dueAt: endOfDayInstant(due, provider.timeZone).toISOString(),
          timeZone: provider.timeZone,
          setBy: rule ? 'rule' : 'request',
          rule: rule ? { ...rule } : null,
        },
      },
    },
  ];
}

function decide(command: RecommendationCommand, state: RecommendationState): RecommendationEvent[] {
  switch (command.type) {
    case 'IssueRecommendation':
      return issue(command, state);
    default:
      return assertNever(command.type);
  }
}

export const recommendationDecider: Decider<RecommendationState, RecommendationCommand, RecommendationEvent> = {
  initialState: () => null,
  evolve,
  decide,
};
