import { streamName } from '@app/event-store';

export const ASSESSMENT_CATEGORY = 'assessment';

/** `assessment-64.01-2023`: one stream per provider and year. */
export const assessmentStream = (id: string): string => streamName(ASSESSMENT_CATEGORY, id);

/** `64.01-2023` → {entityCode: '64.01', year: 2023}; null when it is not of that form. */
export function parseAssessmentId(id: string): { entityCode: string; year: number } | null {
  const m = /^(.+)-(\d{4})$/.exec(id);
  return m ? { entityCode: m[1], year: Number(m[2]) } : null;
}
