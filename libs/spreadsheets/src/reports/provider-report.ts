import type { ComplianceEntry } from '@app/assessments';
import type { FollowUpItemView } from '@app/follow-up';

/** What an officer brings to an exit meeting with one provider. */
export interface ProviderReport {
  entityCode: string;
  entityName: string;
  kind: string;
  provinceCode: string | null;
  /** The instant open and overdue are judged at. */
  at: string;
  /** Oldest year first. */
  compliance: ComplianceEntry[];
  /** Open recommendations, soonest due first. */
  openRecommendations: FollowUpItemView[];
  /** Open items (recommendations and PKS obligations) past due, most overdue first. */
  overdue: FollowUpItemView[];
}

/** `tindakan_korektif` → `tindakan korektif`, as the vocabulary is spoken. */
export const spoken = (value: string | null | undefined): string => (value ?? '').replace(/_/g, ' ');
