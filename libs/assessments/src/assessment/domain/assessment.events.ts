import type { CalendarDate, DomainEvent, Jurisdiction } from '@app/kernel';
import type { Grade } from '../../methodology/methodology';

/** A sampled service unit's own score, graded with the same method. */
export interface LocusResult extends Grade {
  unitId: string;
  score: number;
}

export interface GradedScore extends Grade {
  /** Two decimals, as published (81.22). */
  score: number;
  /** The "Tanpa Maladministrasi" fact for methods that qualify the opinion with it; null otherwise. */
  withoutMaladministration: boolean | null;
  methodologyId: string;
  methodologyVersion: number;
  provisional: boolean;
}

export type AssessmentRecorded = DomainEvent<
  'AssessmentRecorded',
  GradedScore &
    Jurisdiction & {
      /** `<entityCode>-<year>`, e.g. `64.01-2023`. */
      assessmentId: string;
      year: number;
      loci: LocusResult[];
      publishedOn: CalendarDate;
    }
>;

/** A new fact with a reason; the recorded score is never overwritten in the log. */
export type AssessmentCorrected = DomainEvent<
  'AssessmentCorrected',
  GradedScore &
    Jurisdiction & {
      assessmentId: string;
      year: number;
      previousScore: number;
      /** The full corrected list, or null when the loci did not change. */
      loci: LocusResult[] | null;
      reason: string;
      correctedOn: CalendarDate;
    }
>;

export type AssessmentEvent = AssessmentRecorded | AssessmentCorrected;

export interface ScoreChange extends Grade {
  score: number;
  change: 'recorded' | 'corrected';
  on: CalendarDate;
  reason: string | null;
}

export interface Assessment extends Jurisdiction, GradedScore {
  assessmentId: string;
  year: number;
  loci: LocusResult[];
  publishedOn: CalendarDate;
  correctedOn: CalendarDate | null;
  /** Every score this assessment has had, oldest first. */
  history: ScoreChange[];
}

export type AssessmentState = Assessment | null;

const gradeOf = (d: Grade & { score: number }): Omit<ScoreChange, 'change' | 'on' | 'reason'> => ({
  score: d.score,
  category: d.category,
  zone: d.zone,
  opinion: d.opinion,
});

export function evolve(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  switch (event.type) {
    case 'AssessmentRecorded': {
      const d = event.data;
      return {
        ...d,
        correctedOn: null,
        history: [{ ...gradeOf(d), change: 'recorded', on: d.publishedOn, reason: null }],
      };
    }
    case 'AssessmentCorrected': {
      if (!state) return state;
      const { previousScore: _previous, reason, correctedOn, loci, ...d } = event.data;
      return {
        ...state,
        ...d,
        loci: loci ?? state.loci,
        correctedOn,
        history: [...state.history, { ...gradeOf(d), change: 'corrected', on: correctedOn, reason }],
      };
    }
  }
}
