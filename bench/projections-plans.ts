import type { EntityRegistered, UnitRegistered } from '@app/registry';
import type { MouEvent, PksEvent } from '@app/agreements';
import { bundledMethodologyCatalog, grade, type AssessmentEvent } from '@app/assessments';
import type { ObligationEvent } from '@app/follow-up';
import { NOW_DAY, dateOf, dayOf, dueAtOf, instantOf } from './projections-calendar';
import { rng, type BenchProvider } from './projections-providers';

/** One event of a generated history: its day, its stream, and what the decider would have written. */
export interface PlannedEvent {
  day: number;
  stream: string;
  type: string;
  data: object;
}

type Typed = { type: string; data: object };
export const at = (day: number, stream: string, event: Typed): PlannedEvent => ({ day, stream, ...event });

/** Registration on day 0: the provider and its units. */
export function providerPlan(p: BenchProvider): PlannedEvent[] {
  const stream = `entity-${p.code}`;
  const registered: EntityRegistered = { type: 'EntityRegistered', data: { code: p.code, name: p.name, kind: p.kind, parentCode: p.kind === 'kabupaten' || p.kind === 'kota' ? p.provinceCode : null, provinceCode: p.provinceCode, timezone: p.timezone } };
  const units = p.units.map((unitId): UnitRegistered => ({ type: 'UnitRegistered', data: { entityCode: p.code, unitId, name: unitId.toUpperCase(), kind: null } }));
  return [registered, ...units].map((e) => at(0, stream, e));
}

const catalog = bundledMethodologyCatalog();
const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024];

/** Yearly results published each December: a random walk per provider, graded by the real methodology; a few corrected. */
export function assessmentPlan(p: BenchProvider, seed: number): PlannedEvent[] {
  const r = rng(seed);
  let score = 3_000 + r(5_000);
  const out: PlannedEvent[] = [];
  for (const year of YEARS) {
    score = Math.max(500, Math.min(9_990, score + r(2_001) - 800));
    if ((p.kind === 'kabupaten' || p.kind === 'kota') && r(100) < 15) continue;
    const method = catalog.forYear(year);
    const loci = p.units.slice(0, 7).map((unitId) => {
      const h = Math.max(0, Math.min(10_000, score + r(1_201) - 600));
      return { unitId, score: h / 100, ...grade(method, h) };
    });
    const graded = { score: score / 100, ...grade(method, score), withoutMaladministration: null, methodologyId: method.id, methodologyVersion: method.version, provisional: method.provisional };
    const stream = `assessment-${p.code}-${year}`;
    const base = { assessmentId: `${p.code}-${year}`, entityCode: p.code, provinceCode: p.provinceCode, year };
    const recorded: AssessmentEvent = { type: 'AssessmentRecorded', data: { ...base, ...graded, loci, publishedOn: `${year}-12-10` } };
    out.push(at(dayOf(`${year}-12-10`), stream, recorded));
    if (year >= 2023 && r(100) < 4) {
      const corrected = Math.max(0, score - 50 - r(500));
      const correction: AssessmentEvent = {
        type: 'AssessmentCorrected',
        data: { ...base, ...graded, score: corrected / 100, ...grade(method, corrected), previousScore: graded.score, loci: null, reason: 'Variabel substantif: produk Ombudsman belum dilaksanakan', correctedOn: `${year + 1}-02-10` },
      };
      out.push(at(dayOf(`${year + 1}-02-10`), stream, correction));
    }
  }
  return out;
}

/** A pemda's MoU, one or two PKS under it, and the quarterly mentoring reports each PKS obliges. */
export function agreementsPlan(p: BenchProvider, index: number, seed: number): PlannedEvent[] {
  const r = rng(seed);
  const out: PlannedEvent[] = [];
  const signedDay = dayOf('2019-01-01') + r(4 * 365);
  const mouId = `${index + 1}-ORI-MOU-${dateOf(signedDay).slice(0, 4)}`;
  const mouStream = `mou-${mouId}`;
  let validUntilDay = signedDay + 5 * 365 - 1;
  const signed: MouEvent = {
    type: 'MouSigned',
    data: { mouId, entityCode: p.code, provinceCode: p.provinceCode, timezone: p.timezone, ombudsmanNumber: `${index + 1}/ORI-MOU/${dateOf(signedDay).slice(0, 4)}`, counterpartNumber: `${index + 1}/NK-PEMDA`, signedOn: dateOf(signedDay), title: 'Peningkatan kualitas pelayanan publik', validUntil: dateOf(validUntilDay) },
  };
  out.push(at(signedDay, mouStream, signed));
  if (r(10) === 0 && validUntilDay - 200 <= NOW_DAY) {
    validUntilDay += 2 * 365;
    const amended: MouEvent = { type: 'MouAmended', data: { mouId, amendedOn: dateOf(validUntilDay - 2 * 365 - 200), reason: 'Perpanjangan', changes: { validUntil: dateOf(validUntilDay) } } };
    out.push(at(validUntilDay - 2 * 365 - 200, mouStream, amended));
  }
  for (let k = 0; k < 1 + (r(10) < 4 ? 1 : 0); k++) out.push(...pksPlan(p, mouId, `${index + 1}-${k}`, signedDay + 60 + r(600), r));
  return out.filter((e) => e.day <= NOW_DAY);
}

function pksPlan(p: BenchProvider, mouId: string, id: string, draftedDay: number, r: (n: number) => number): PlannedEvent[] {
  const pksId = `pks-bench-${id}`;
  const stream = `pks-${pksId}`;
  const unitIds = p.units.slice(0, 3 + r(p.units.length - 2));
  const scope = [
    { id: 'penanganan-laporan', text: 'Percepatan penyelesaian laporan masyarakat', obligation: null },
    { id: 'pendampingan-berkala', text: 'Pendampingan berkala', obligation: { every: 'quarter' as const } },
  ];
  const signedDay = draftedDay + 20 + r(20);
  const validUntilDay = signedDay + 3 * 365 - 1;
  const events: Array<[number, PksEvent]> = [
    [draftedDay, { type: 'PksDrafted', data: { pksId, mouId, entityCode: p.code, provinceCode: p.provinceCode, timezone: p.timezone, title: 'Perjanjian Kerja Sama', unitIds, scope, draftedOn: dateOf(draftedDay) } }],
    [draftedDay + 12, { type: 'PksFinalized', data: { pksId, finalizedOn: dateOf(draftedDay + 12) } }],
    [signedDay, { type: 'PksSigned', data: { pksId, signedOn: dateOf(signedDay), number: `${id}/PKS`, validUntil: dateOf(validUntilDay) } }],
  ];
  const out = events.map(([day, e]) => at(day, stream, e));
  for (let start = signedDay; start < Math.min(validUntilDay, NOW_DAY); start += 91) out.push(...obligationPlan(p, pksId, unitIds, start, Math.min(start + 90, validUntilDay), r));
  return out;
}

function obligationPlan(p: BenchProvider, pksId: string, unitIds: string[], startDay: number, endDay: number, r: (n: number) => number): PlannedEvent[] {
  const key = dateOf(startDay);
  const obligationId = `${pksId}.pendampingan-berkala.${key}`;
  const stream = `obligation-${obligationId}`;
  const dueDay = endDay + 10;
  const deadline = { version: 1, dueOn: dateOf(dueDay), dueAt: dueAtOf(dueDay, p.timezone), timeZone: p.timezone };
  const fate = r(10);
  const fulfilledDay = fate < 8 ? dueDay - 1 - r(10) : fate === 8 ? dueDay + 3 + r(20) : Infinity;
  const scheduled: ObligationEvent = { type: 'ObligationScheduled', data: { obligationId, pksId, scopeId: 'pendampingan-berkala', entityCode: p.code, provinceCode: p.provinceCode, unitIds, text: 'Pendampingan berkala', period: { key, start: dateOf(startDay), end: dateOf(endDay) }, deadline } };
  const out = [at(startDay, stream, scheduled), ...deadlineSteps(stream, obligationId, deadline, dueDay, fulfilledDay)];
  if (fulfilledDay !== Infinity) {
    const evidence = [{ documentId: `${obligationId}/0`, name: 'laporan.pdf', mediaType: 'application/pdf', size: 180_000, sha256: 'a'.repeat(64), storageKey: 'aa/' + 'a'.repeat(64) }];
    out.push(at(fulfilledDay, stream, { type: 'ObligationFulfilled', data: { obligationId, provinceCode: p.provinceCode, evidence, fulfilledOn: dateOf(fulfilledDay) } }));
  }
  return out;
}

const LADDER = [
  { level: 1, to: 'unit_head', afterDays: 0 },
  { level: 2, to: 'regional_secretary', afterDays: 14 },
  { level: 3, to: 'ombudsman_leadership', afterDays: 30 },
  { level: 4, to: 'publication', afterDays: 60 },
];

/** What the deadline workers record while the subject stays open: reminders 7 and 1 days before, the overdue mark, the ladder. */
export function deadlineSteps(stream: string, subjectId: string, deadline: { version: number; dueAt: string }, dueDay: number, closedDay: number, fromDay = -Infinity): PlannedEvent[] {
  const out: PlannedEvent[] = [];
  const base = { subjectId, deadlineVersion: deadline.version };
  for (const daysBefore of [7, 1]) {
    const day = dueDay - daysBefore;
    if (day > fromDay && day < closedDay) out.push(at(day, stream, { type: 'DeadlineReminderSent', data: { ...base, daysBefore, dueAt: deadline.dueAt, remindedAt: instantOf(day) } }));
  }
  if (dueDay + 1 >= closedDay) return out;
  out.push(at(dueDay + 1, stream, { type: 'DeadlineMarkedOverdue', data: { ...base, dueAt: deadline.dueAt, markedAt: instantOf(dueDay + 1) } }));
  for (const rung of LADDER) {
    const day = dueDay + 1 + rung.afterDays;
    if (day < closedDay) out.push(at(day, stream, { type: 'DeadlineEscalated', data: { ...base, level: rung.level, to: rung.to, escalatedAt: instantOf(day, 1) } }));
  }
  return out;
}

