import type { LocusResult } from '../assessment/domain/assessment.events';
import type { Zone } from '../methodology/methodology';
import { changeBetween, type ComplianceChange, type GradeFacts, type CategoryFloor } from './compliance-change';

/** One provider's result for one year, with the change against its previous assessed year. */
export interface ComplianceEntry extends GradeFacts {
  entityCode: string;
  entityName: string | null;
  kind: string | null;
  provinceCode: string | null;
  opinion: string | null;
  loci: LocusResult[];
  methodologyVersion: number;
  provisional: boolean;
  withoutMaladministration: boolean | null;
  publishedOn: string;
  stream: string;
  /** Present once corrected: the score first recorded and the latest correction. */
  corrected: { recordedScore: number; previousScore: number; correctedOn: string; reason: string; corrections: number } | null;
  change: ComplianceChange | null;
}

const nullable = (value: string | undefined): string | null => (value ? value : null);

export function gradeFactsOf(a: Record<string, string>): GradeFacts {
  return { year: Number(a.year), score: Number(a.score), category: nullable(a.category), zone: a.zone as Zone, methodologyId: a.methodologyId };
}

export function entryOf(a: Record<string, string>, entity: Record<string, string>, previous: Record<string, string> | null, floor: CategoryFloor): ComplianceEntry {
  const facts = gradeFactsOf(a);
  return {
    entityCode: a.entityCode,
    entityName: nullable(entity.name),
    kind: nullable(entity.kind),
    provinceCode: nullable(a.provinceCode),
    ...facts,
    opinion: nullable(a.opinion),
    loci: JSON.parse(a.loci ?? '[]') as LocusResult[],
    methodologyVersion: Number(a.methodologyVersion),
    provisional: a.provisional === '1',
    withoutMaladministration: a.withoutMaladministration === '' || a.withoutMaladministration === undefined ? null : a.withoutMaladministration === 'true',
    publishedOn: a.publishedOn,
    stream: a.stream,
    corrected: a.correctedOn
      ? { recordedScore: Number(a.recordedScore), previousScore: Number(a.previousScore), correctedOn: a.correctedOn, reason: a.correctionReason ?? '', corrections: Number(a.corrections ?? 1) }
      : null,
    change: previous && previous.year ? changeBetween(gradeFactsOf(previous), facts, floor) : null,
  };
}
