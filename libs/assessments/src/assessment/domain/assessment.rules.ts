import { BusinessDate, CalendarDate, DateFloor, FieldProblem, Jurisdiction, TimeZone, businessDate, dateInZone, invalid, isCalendarDate } from '@app/kernel';
import { Grade, MAX_HUNDREDTHS, Methodology, grade, toHundredths } from '../../methodology/methodology';
import type { LocusResult } from './assessment.events';

/** What the assessment needs to know about the provider, loaded from the registry by the handler. */
export interface ProviderFacts extends Jurisdiction {
  /** Units registered under the provider: the only valid loci. */
  unitIds: string[];
  /** The provider's zone: publication and correction dates are judged against today there (WIT when unknown). */
  timeZone?: TimeZone;
}

export interface LocusInput {
  unitId: string;
  score: number;
}

const SCORE_RULE = '0.00–100.00 with at most two decimals';

/** The latest calendar date anywhere in Indonesia (WIT), so no provider's "today" is refused. */
export const todayIn = (now: Date): CalendarDate => dateInZone(now, 'WIT');

/** Validates the score and every locus score at once, naming each bad field. */
export function gradeScores(
  methodology: Methodology,
  score: number,
  loci: LocusInput[] | undefined,
  qualified: boolean,
): { grade: Grade; loci: LocusResult[] | undefined } {
  const problems: FieldProblem[] = [];
  const check = (value: number, field: string): number => {
    const h = toHundredths(value);
    if (h === null || h < 0 || h > MAX_HUNDREDTHS) problems.push({ field, message: `${value} is not a valid score`, allowed: SCORE_RULE });
    return h ?? 0;
  };
  const main = check(score, 'score');
  const locusScores = (loci ?? []).map((l, i) => check(l.score, `loci.${i}.score`));
  if (problems.length > 0) {
    throw invalid('InvalidScore', `Scores must be ${SCORE_RULE}: ${problems.map((p) => p.field).join(', ')}`, problems);
  }
  return {
    grade: grade(methodology, main, qualified),
    loci: loci?.map((l, i) => ({ unitId: l.unitId, score: l.score, ...grade(methodology, locusScores[i]) })),
  };
}

/** Loci must be distinct units registered under the provider. */
export function checkLoci(loci: LocusInput[] | undefined, provider: ProviderFacts): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  (loci ?? []).forEach((l, i) => {
    if (!provider.unitIds.includes(l.unitId)) {
      problems.push({ field: `loci.${i}.unitId`, message: `unit ${l.unitId} is not registered under ${provider.entityCode}`, allowed: provider.unitIds });
    } else if (seen.has(l.unitId)) {
      problems.push({ field: `loci.${i}.unitId`, message: `unit ${l.unitId} is listed twice`, allowed: 'each unit once' });
    }
    seen.add(l.unitId);
  });
  if (problems.length > 0) {
    throw invalid('InvalidLoci', `Loci must be distinct units of ${provider.entityCode}: ${problems.map((p) => p.message).join('; ')}`, problems);
  }
}

/** The yes/no fact some methods qualify the opinion with: required there, refused elsewhere. */
export function qualifierValue(methodology: Methodology, given: boolean | undefined, year: number, previous?: boolean | null): boolean | null {
  const q = methodology.opinionQualifier;
  if (!q) {
    if (given === undefined) return null;
    throw invalid('QualifierNotApplicable', `withoutMaladministration does not apply to ${year} (${methodology.id}); leave it out`, [
      { field: 'withoutMaladministration', message: 'not part of this year\'s method', allowed: 'absent' },
    ]);
  }
  const value = given ?? previous ?? undefined;
  if (value === undefined) {
    throw invalid('QualifierRequired', `withoutMaladministration is required for ${year} (${methodology.id}): ${q.note}`, [
      { field: 'withoutMaladministration', message: 'required for this year\'s method', allowed: [true, false] },
    ]);
  }
  return value;
}

/**
 * A publication or correction date, by the one business-date rule (kernel businessDate): not after
 * today in the provider's zone (DateInFuture), not before `floor` (its own code). The event
 * carries it as occurredAt, so validAt reads see the result from the day it was published. Absent: today there.
 */
export function checkDate(value: CalendarDate | undefined, field: string, floor: DateFloor, provider: ProviderFacts, now: Date): BusinessDate {
  if (value !== undefined && !isCalendarDate(value)) throw invalid('InvalidDate', `${field} must be a calendar date written YYYY-MM-DD`, [{ field, message: 'not a YYYY-MM-DD date', allowed: 'YYYY-MM-DD' }]);
  return businessDate(value, { field, zone: provider.timeZone ?? 'WIT', now, notBefore: floor });
}
