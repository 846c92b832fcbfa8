import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import type { EntityRegistered } from '@app/registry';
import type { AssessmentEvent, GradedScore } from '../assessment/domain/assessment.events';
import { bundledMethodologyCatalog, type MethodologyCatalog } from '../methodology/methodology-catalog';
import { ZONES, toHundredths } from '../methodology/methodology';
import { COMPLIANCE_READ_MODEL, complianceKeys as K } from './compliance.keys';

type ComplianceEvent = EntityRegistered | AssessmentEvent;

/** Every category any methodology in the catalog grades with (null: zone-only years). */
export function categoriesOf(catalog: MethodologyCatalog): Array<string | null> {
  const categories = catalog.list().methodologies.flatMap((m) => m.bands.map((b) => b.category));
  return [...new Set(categories)];
}

const grade = (d: GradedScore) => ({
  score: String(d.score),
  category: d.category ?? '',
  zone: d.zone,
  opinion: d.opinion ?? '',
  methodologyId: d.methodologyId,
  methodologyVersion: String(d.methodologyVersion),
  provisional: d.provisional ? '1' : '0',
  withoutMaladministration: d.withoutMaladministration === null ? '' : String(d.withoutMaladministration),
});

/**
 * Compliance per provider and year, with year indexes for lists and summaries. A correction
 * can move a provider to another category or zone; apply cannot read which one it was in, so
 * it leaves every other category and zone set of that year (the catalog names them all).
 * A catalog that adds a category needs a rebuild (bump `version`) to be safe.
 */
export function complianceProjection(catalog: MethodologyCatalog = bundledMethodologyCatalog()): Projection {
  const categories = categoriesOf(catalog);
  const placement = (code: string, year: number, d: GradedScore): ProjectionOp[] => {
    const allCategories = [...new Set([...categories, d.category])];
    return [
      op.zadd(K.year(year), toHundredths(d.score) ?? 0, code),
      ...allCategories.filter((c) => c !== d.category).map((c) => op.srem(K.yearCategory(year, c), code)),
      op.sadd(K.yearCategory(year, d.category), code),
      ...ZONES.filter((z) => z !== d.zone).map((z) => op.srem(K.yearZone(year, z), code)),
      op.sadd(K.yearZone(year, d.zone), code),
    ];
  };
  return {
    name: COMPLIANCE_READ_MODEL,
    version: 1,
    filter: { eventTypes: ['EntityRegistered', 'AssessmentRecorded', 'AssessmentCorrected'] },
    apply(recorded: RecordedEvent): ProjectionOp[] {
      const event = recorded as unknown as ComplianceEvent;
      switch (event.type) {
        case 'EntityRegistered': {
          const { code, name, kind, provinceCode, parentCode } = event.data;
          return [op.hset(K.entity(code), { name, kind, provinceCode: provinceCode ?? '', parentCode: parentCode ?? '' }), op.sadd(K.kind(kind), code)];
        }
        case 'AssessmentRecorded': {
          const d = event.data;
          return [
            op.hset(K.assessment(d.entityCode, d.year), {
              ...grade(d), entityCode: d.entityCode, provinceCode: d.provinceCode ?? '', year: String(d.year), stream: recorded.stream,
              loci: JSON.stringify(d.loci), publishedOn: d.publishedOn, recordedScore: String(d.score),
            }),
            op.zadd(K.yearsOf(d.entityCode), d.year, String(d.year)),
            op.zadd(K.years, d.year, String(d.year)),
            op.sadd(K.yearProvince(d.year, d.provinceCode), d.entityCode),
            ...placement(d.entityCode, d.year, d),
          ];
        }
        case 'AssessmentCorrected': {
          const d = event.data;
          const key = K.assessment(d.entityCode, d.year);
          return [
            op.hset(key, {
              ...grade(d), previousScore: String(d.previousScore), correctedOn: d.correctedOn, correctionReason: d.reason,
              ...(d.loci ? { loci: JSON.stringify(d.loci) } : {}),
            }),
            op.hincrby(key, 'corrections'),
            ...placement(d.entityCode, d.year, d),
          ];
        }
        default:
          return [];
      }
    },
  };
}
