import { BusinessDate, CalendarDate, Jurisdiction, TimeZone, businessDate, invalid, isCalendarDate, notFound } from '@app/kernel';
import { RECOMMENDATION_KINDS, RecommendationKind, SOURCE_TYPES } from './recommendation.vocabulary';
import type { RecommendationSource } from './recommendation.events';

/** What a recommendation needs to know about its provider, loaded from the registry by the handler. */
export interface ProviderFacts extends Jurisdiction {
  /** Deadlines end at the end of the day in this zone. */
  timeZone: TimeZone;
  unitIds: string[];
}

const field = (name: string, message: string, allowed: unknown) => [{ field: name, message, allowed }];

export function checkKind(kind: string): asserts kind is RecommendationKind {
  if (!RECOMMENDATION_KINDS.includes(kind as RecommendationKind)) {
    throw invalid('UnknownKind', `kind ${kind} is not a recommendation kind`, field('kind', 'unknown kind', RECOMMENDATION_KINDS));
  }
}

export function checkText(value: string, name: string, code: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw invalid(code, `${name} must not be empty`, field(name, 'empty', 'non-empty text'));
  return text;
}

export function checkUnit(unitId: string | undefined, provider: ProviderFacts): void {
  if (unitId !== undefined && !provider.unitIds.includes(unitId)) {
    throw invalid('UnknownUnit', `unit ${unitId} is not registered under ${provider.entityCode}`, field('unitId', `not a unit of ${provider.entityCode}`, provider.unitIds));
  }
}

/**
 * An assessment source must name this provider's assessment stream, and that stream must
 * exist (the handler looks it up and passes `exists`).
 */
export function checkSource(source: RecommendationSource, provider: ProviderFacts, exists: boolean | undefined): RecommendationSource {
  if (!SOURCE_TYPES.includes(source.type)) {
    throw invalid('UnknownSourceType', `source.type ${source.type} is not known`, field('source.type', 'unknown source type', SOURCE_TYPES));
  }
  const ref = checkText(source.ref, 'source.ref', 'SourceRefRequired');
  if (source.type !== 'assessment') return { type: source.type, ref };
  const pattern = `assessment-${provider.entityCode}-<year>`;
  if (!new RegExp(`^assessment-${provider.entityCode.replace(/\./g, '\\.')}-\\d{4}$`).test(ref)) {
    throw invalid('InvalidSourceRef', `An assessment source must be ${pattern}, not ${ref}`, field('source.ref', 'not an assessment of this provider', pattern));
  }
  if (exists === false) throw notFound('SourceAssessmentNotFound', `Assessment ${ref} has not been recorded`);
  return { type: source.type, ref };
}

/**
 * issuedOn may not be later than today in the provider's zone (the one business-date rule); dueOn
 * may not precede it. Returns the issue's business date, which the event carries as occurredAt.
 */
export function checkDates(issuedOn: CalendarDate, dueOn: CalendarDate | undefined, zone: TimeZone, now: Date): BusinessDate {
  const issue = businessDate(issuedOn, { field: 'issuedOn', zone, now });
  if (dueOn !== undefined && (!isCalendarDate(dueOn) || dueOn < issuedOn)) {
    throw invalid('DueBeforeIssue', `dueOn ${dueOn} is before issuedOn ${issuedOn}`, field('dueOn', 'before issuedOn', `YYYY-MM-DD on or after ${issuedOn}`));
  }
  return issue;
}
