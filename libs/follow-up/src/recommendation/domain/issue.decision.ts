import { CalendarDate, conflict, dated, endOfDayInstant, requireOmbudsmanAuthority } from '@app/kernel';
import { dueDateFor } from '../../deadlines/due-date';
import type { DeadlineMarkedOverdue } from '../../deadlines/deadline-steps';
import { asKnownAt, lateOverdueMark } from '../../deadlines/late-records';
import type { IssueRecommendation } from './recommendation.commands';
import type { RecommendationIssued } from './recommendation.events';
import type { RecommendationState } from './recommendation.state';
import { checkDates, checkKind, checkSource, checkText, checkUnit } from './recommendation.rules';

export function issue(command: IssueRecommendation, state: RecommendationState): Array<RecommendationIssued | DeadlineMarkedOverdue> {
  if (!command.context) throw new Error('IssueRecommendation: the handler must load the provider, due rules and calendar');
  const { provider, dueRules, calendar, sourceAssessmentExists } = command.context;
  const { recommendationId, unitId, kind, issuedOn, dueOn } = command.data;
  requireOmbudsmanAuthority(command.actor, provider, 'Issue recommendation');
  if (state) throw conflict('RecommendationAlreadyIssued', `Recommendation ${state.recommendationId} was already issued on ${state.issuedOn}`);
  checkKind(kind);
  const title = checkText(command.data.title, 'title', 'TitleRequired');
  checkUnit(unitId, provider);
  const source = checkSource(command.data.source, provider, sourceAssessmentExists);
  const issue = checkDates(issuedOn, dueOn, provider.timeZone, command.now);
  const rule = dueOn === undefined ? dueRules[kind] : null;
  // Working days counted: the event records which calendar decided each year (calendar days use none).
  const counted = rule ? dueDateFor(issuedOn, rule, calendar) : null;
  const due = counted ? counted.dueOn : (dueOn as CalendarDate);
  // Due over a day before it was entered: its ladder runs from now and its overdue state is recorded at once (late-records).
  const deadline = asKnownAt(
    { version: 1, dueOn: due, dueAt: endOfDayInstant(due, provider.timeZone).toISOString(), timeZone: provider.timeZone, setBy: rule ? ('rule' as const) : ('request' as const), rule: rule ? { ...rule } : null, ...(counted?.calendar ? { calendar: counted.calendar } : {}) },
    command.now,
  );
  // A recommendation entered late is dated at its issue (occurredAt), so validAt reads see it from then.
  return [
    dated<RecommendationIssued>({
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
        deadline,
      },
    }, issue),
    ...lateOverdueMark(recommendationId, deadline),
  ];
}
