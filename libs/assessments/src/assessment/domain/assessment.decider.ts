import {
  CalendarDate,
  Decider,
  DomainCommand,
  assertNever,
  authorizeOn,
  conflict,
  dated,
  invalid,
  notFound,
  requireOmbudsmanAuthority,
} from '@app/kernel';
import type { MethodologyCatalog } from '../../methodology/methodology-catalog';
import { AssessmentCorrected, AssessmentEvent, AssessmentRecorded, AssessmentState, evolve } from './assessment.events';
import { LocusInput, ProviderFacts, checkDate, checkLoci, gradeScores, qualifierValue, todayIn } from './assessment.rules';

export interface AssessmentContext {
  provider: ProviderFacts;
  methodologies: MethodologyCatalog;
}

export type RecordAssessment = DomainCommand<
  'RecordAssessment',
  {
    entityCode: string;
    year: number;
    score: number;
    loci?: LocusInput[];
    publishedOn?: CalendarDate;
    withoutMaladministration?: boolean;
  },
  AssessmentContext
>;

export type CorrectAssessment = DomainCommand<
  'CorrectAssessment',
  { score: number; reason: string; correctedOn?: CalendarDate; loci?: LocusInput[]; withoutMaladministration?: boolean },
  AssessmentContext
>;

export type AssessmentCommand = RecordAssessment | CorrectAssessment;

export const assessmentId = (entityCode: string, year: number): string => `${entityCode}-${year}`;

function contextOf(command: AssessmentCommand): AssessmentContext {
  if (!command.context) throw new Error(`${command.type}: the handler must load the provider and the methodology catalog`);
  return command.context;
}

function record(command: RecordAssessment, state: AssessmentState): AssessmentRecorded[] {
  const { provider, methodologies } = contextOf(command);
  const { year, publishedOn } = command.data;
  requireOmbudsmanAuthority(command.actor, provider, 'Record assessment');
  if (state) {
    throw conflict(
      'AssessmentAlreadyRecorded',
      `Assessment ${state.assessmentId} is already recorded (score ${state.score}); correct it with POST /v1/assessments/${state.assessmentId}/correct`,
    );
  }
  const methodology = methodologies.forYear(year);
  const currentYear = Number(todayIn(command.now).slice(0, 4));
  if (year > currentYear) {
    throw invalid('AssessmentYearInFuture', `year ${year} has not come yet (current year ${currentYear})`, [
      { field: 'year', message: `${year} is after ${currentYear}`, allowed: `${methodologies.coverage()}, up to ${currentYear}` },
    ]);
  }
  const withoutMaladministration = qualifierValue(methodology, command.data.withoutMaladministration, year);
  const graded = gradeScores(methodology, command.data.score, command.data.loci ?? [], withoutMaladministration === true);
  checkLoci(command.data.loci, provider);
  const published = checkDate(publishedOn, 'publishedOn', { date: `${year}-01-01`, name: `the start of ${year}`, code: 'InvalidPublicationDate' }, provider, command.now);
  return [
    dated<AssessmentRecorded>({
      type: 'AssessmentRecorded',
      data: {
        assessmentId: assessmentId(provider.entityCode, year),
        entityCode: provider.entityCode,
        provinceCode: provider.provinceCode,
        year,
        score: command.data.score,
        ...graded.grade,
        withoutMaladministration,
        methodologyId: methodology.id,
        methodologyVersion: methodology.version,
        provisional: methodology.provisional,
        loci: graded.loci ?? [],
        publishedOn: published.on,
      },
    }, published),
  ];
}

function correct(command: CorrectAssessment, state: AssessmentState): AssessmentCorrected[] {
  const { provider, methodologies } = contextOf(command);
  requireOmbudsmanAuthority(command.actor, state ?? provider, 'Correct assessment');
  if (!state) throw notFound('AssessmentNotFound', `No assessment is recorded for ${provider.entityCode} in that year; record it first`);
  const { score, reason, correctedOn, loci } = command.data;
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw invalid('ReasonRequired', 'A correction needs a reason', [{ field: 'reason', message: 'must not be empty', allowed: 'non-empty text' }]);
  }
  const methodology = methodologies.forYear(state.year);
  const withoutMaladministration = qualifierValue(methodology, command.data.withoutMaladministration, state.year, state.withoutMaladministration);
  const graded = gradeScores(methodology, score, loci, withoutMaladministration === true);
  checkLoci(loci, provider);
  const earlier = state.correctedOn ? { date: state.correctedOn, name: 'the previous correctedOn' } : { date: state.publishedOn, name: 'publishedOn' };
  const corrected = checkDate(correctedOn, 'correctedOn', { ...earlier, code: 'InvalidCorrectionDate' }, provider, command.now);
  if (score === state.score && loci === undefined && withoutMaladministration === state.withoutMaladministration) {
    throw invalid('CorrectionChangesNothing', `The score is already ${score}; a correction must change the score, the loci or withoutMaladministration`, [
      { field: 'score', message: `already ${score}`, allowed: `a score other than ${score}, or new loci` },
    ]);
  }
  return [
    dated<AssessmentCorrected>({
      type: 'AssessmentCorrected',
      data: {
        assessmentId: state.assessmentId,
        entityCode: state.entityCode,
        provinceCode: state.provinceCode,
        year: state.year,
        previousScore: state.score,
        score,
        ...graded.grade,
        withoutMaladministration,
        methodologyId: methodology.id,
        methodologyVersion: methodology.version,
        provisional: methodology.provisional,
        loci: graded.loci ?? null,
        reason: reason.trim(),
        correctedOn: corrected.on,
      },
    }, corrected),
  ];
}

function decide(command: AssessmentCommand, state: AssessmentState): AssessmentEvent[] {
  switch (command.type) {
    case 'RecordAssessment':
      return record(command, state);
    case 'CorrectAssessment':
      return correct(command, state);
    default:
      return assertNever(command);
  }
}

export const assessmentDecider: Decider<AssessmentState, AssessmentCommand, AssessmentEvent> = {
  initialState: () => null,
  evolve,
  decide,
  authorize: (command, state) => authorizeOn(command.actor, state, 'This assessment', command.type === 'RecordAssessment'),
};
