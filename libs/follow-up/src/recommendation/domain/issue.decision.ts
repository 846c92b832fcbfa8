import { CalendarDate, conflict, endOfDayInstant, requireOmbudsmanAuthority } from '@app/kernel';
import { dueOnFor } from '../../deadlines/due-date';
import type { IssueRecommendation } from './recommendation.commands';
import type { RecommendationIssued } from './recommendation.events';
import type { RecommendationState } from './recommendation.state';
import { checkDates, checkKind, checkSource, checkText, checkUnit } from './recommendation.rules';

export function issue(command: IssueRecommendation, state: RecommendationState): RecommendationIssued[] {
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
