import type { DeadlineVersion, LifecycleEvent, RecommendationIssued } from '@app/follow-up';
import { NOW_DAY, dateOf, dayOf, dueAtOf } from './projections-calendar';
import { at, deadlineSteps, type PlannedEvent } from './projections-plans';
import { rng, type BenchProvider } from './projections-providers';

const KINDS = [
  { kind: 'saran_perbaikan', sources: ['assessment', 'supervision'], days: 60 },
  { kind: 'tindakan_korektif', sources: ['lahp', 'complaint'], days: 42 },
  { kind: 'rekomendasi', sources: ['lahp'], days: 60 },
] as const;
const FIRST_DAY = dayOf('2021-01-04');
/**
 * Completion as the decider writes it since it became an event of its own (RecommendationFulfilled
 * after the completing verdict or closure); BENCH_LEGACY_COMPLETION=1 writes the older histories,
 * whose completion was implied and whose closures and extensions do not repeat the province, to
 * measure the read side's legacy paths.
 */
const LEGACY = process.env.BENCH_LEGACY_COMPLETION === '1';
const EVIDENCE = [{ documentId: 'doc', name: 'bukti.pdf', mediaType: 'application/pdf', size: 52_000, sha256: 'b'.repeat(64), storageKey: 'bb/' + 'b'.repeat(64) }];

/**
 * One recommendation's life, as the deciders would have written it: most are followed up and
 * verified (as a whole or item by item), some get an extension, a few are not actionable or
 * closed, and some are never answered and climb the escalation ladder. Nothing after NOW.
 */
export function recommendationPlan(i: number, p: BenchProvider, seed: number): PlannedEvent[] {
  const r = rng(seed);
  const id = `bench-${String(i).padStart(7, '0')}`;
  const stream = `recommendation-${id}`;
  const { kind, sources, days } = KINDS[r(10) < 5 ? 0 : r(10) < 6 ? 1 : 2];
  const issueDay = FIRST_DAY + r(NOW_DAY - FIRST_DAY);
  let dueDay = issueDay + days;
  let deadline: DeadlineVersion = { version: 1, dueOn: dateOf(dueDay), dueAt: dueAtOf(dueDay, p.timezone), timeZone: p.timezone };
  const unitId = r(10) < 8 ? p.units[r(p.units.length)] : null;
  const issued: RecommendationIssued = {
    type: 'RecommendationIssued',
    data: {
      recommendationId: id, entityCode: p.code, provinceCode: p.provinceCode, unitId, kind, source: { type: sources[r(sources.length)], ref: `REF/${i}` },
      title: `Perbaikan standar pelayanan #${i}`, issuedOn: dateOf(issueDay), status: 'belum_ditindaklanjuti', deadline: { ...deadline, setBy: 'request', rule: null },
    },
  };
  const out: PlannedEvent[] = [at(issueDay, stream, issued)];
  const life = (day: number, event: LifecycleEvent) => out.push(at(day, stream, event));
  const base = { recommendationId: id };
  // The events that move an item in or out of the open queues repeat its province (ProvinceTag).
  const tagged = LEGACY ? base : { ...base, provinceCode: p.provinceCode };
  const followUp = (day: number, followUpId: string, itemId: string | null) =>
    life(day, { type: 'FollowUpSubmitted', data: { ...base, followUpId, itemId, summary: 'Sudah ditindaklanjuti', evidence: EVIDENCE, submittedOn: dateOf(day) } });
  const marker = LEGACY ? {} : { completion: 'explicit' as const };
  const verify = (day: number, followUpId: string, verdict: 'sesuai' | 'belum_sesuai') =>
    life(day, { type: 'FollowUpVerified', data: { ...base, followUpId, verdict, note: 'Diperiksa', verifiedOn: dateOf(day), ...marker, ...(LEGACY ? {} : { awaitingVerification: 0 }) } });
  const fulfilled = (day: number, followUpId: string | null) => {
    const reason = followUpId ? `follow-up ${followUpId} verified sesuai` : 'every action item closed and verified sesuai';
    if (!LEGACY) life(day, { type: 'RecommendationFulfilled', data: { ...tagged, fulfilledOn: dateOf(day), reason, followUpId, closedActionItems: [] } });
  };
  let closedDay = Infinity;
  let stepsFrom = -Infinity;
  const fate = r(100);
  if (fate < 35) {
    // A follow-up for the whole recommendation, sometimes judged belum sesuai first.
    let day = issueDay + 10 + r(days + 20);
    if (r(5) === 0) {
      followUp(day, `${id}-f0`, null);
      verify((day += 1 + r(6)), `${id}-f0`, 'belum_sesuai');
      day += 3 + r(12);
    }
    followUp(day, `${id}-f1`, null);
    verify((closedDay = day + 1 + r(6)), `${id}-f1`, 'sesuai');
    fulfilled(closedDay, `${id}-f1`);
  } else if (fate < 60) {
    // Action items per unit; three in ten leave the last one unanswered.
    const items = 2 + r(2);
    const unanswered = r(10) < 3;
    let last = issueDay;
    for (let k = 0; k < items; k++) {
      const itemDue = Math.max(issueDay + 5, dueDay - r(10));
      life(issueDay + 1 + k, { type: 'ActionItemAdded', data: { ...base, itemId: `a${k}`, unitId: p.units[(k * 3 + i) % p.units.length], title: `Langkah ${k + 1}`, dueOn: dateOf(itemDue), dueAt: dueAtOf(itemDue, p.timezone) } });
    }
    const answered = items - (unanswered ? 1 : 0);
    const closings: { k: number; closed: number }[] = [];
    for (let k = 0; k < answered; k++) {
      const submitted = issueDay + 5 + r(days + 10);
      followUp(submitted, `${id}-a${k}`, `a${k}`);
      verify(submitted + 1 + r(5), `${id}-a${k}`, 'sesuai');
      closings.push({ k, closed: submitted + 6 + r(3) });
    }
    // The closing that comes last (by day, then in the order written) is the one that completes.
    const completing = unanswered ? undefined : closings.reduce((a, b) => (b.closed >= a.closed ? b : a));
    for (const { k, closed } of closings) {
      life(closed, { type: 'ActionItemClosed', data: { ...base, itemId: `a${k}`, closedOn: dateOf(closed), note: '', ...marker } });
      if (completing?.k === k) fulfilled(closed, null);
      last = Math.max(last, closed);
    }
    if (!unanswered) closedDay = last;
  } else if (fate < 70) {
    // An extension of 30 days, then a follow-up verified sesuai.
    const requested = Math.max(issueDay + 1, dueDay - 3 - r(8));
    const approved = requested + 1 + r(3);
    life(requested, { type: 'DeadlineExtensionRequested', data: { ...base, requestId: `${id}-x`, proposedDueOn: dateOf(dueDay + 30), reason: 'Keterbatasan anggaran', requestedOn: dateOf(requested) } });
    out.push(...deadlineSteps(stream, id, deadline, dueDay, approved));
    dueDay += 30;
    deadline = { version: 2, dueOn: dateOf(dueDay), dueAt: dueAtOf(dueDay, p.timezone), timeZone: p.timezone };
    life(approved, { type: 'DeadlineExtensionApproved', data: { ...tagged, requestId: `${id}-x`, deadline, approvedOn: dateOf(approved), note: 'Disetujui' } });
    stepsFrom = approved;
    const submitted = dueDay - r(12);
    followUp(submitted, `${id}-f1`, null);
    verify((closedDay = submitted + 1 + r(5)), `${id}-f1`, 'sesuai');
    fulfilled(closedDay, `${id}-f1`);
  } else if (fate < 75) {
    const requested = issueDay + 5 + r(15);
    life(requested, { type: 'NotActionableRequested', data: { ...base, reason: 'Force majeure: gedung pelayanan rusak', requestedOn: dateOf(requested) } });
    closedDay = requested + 2 + r(5);
    life(closedDay, { type: 'NotActionableAccepted', data: { ...tagged, note: 'Diterima', acceptedOn: dateOf(closedDay) } });
  } else if (fate < 80) {
    closedDay = issueDay + 5 + r(days + 30);
    life(closedDay, { type: 'RecommendationClosed', data: { ...tagged, closedOn: dateOf(closedDay), reason: 'Digabung dengan rekomendasi lain' } });
  } else if (fate < 88) {
    followUp(issueDay + 10 + r(days), `${id}-f1`, null); // awaiting verification
  } // else: never answered
  out.push(...deadlineSteps(stream, id, deadline, dueDay, closedDay, stepsFrom));
  // Per-stream order by day; within a day, the order written above (the sort is stable).
  return out.sort((a, b) => a.day - b.day).filter((e) => e.day <= NOW_DAY);
}
