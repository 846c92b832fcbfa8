import { op, type ProjectionOp } from '@app/platform/projections';
import { PROVINCE_CODES } from '@app/registry';
import type { DeadlineVersion } from '../deadlines/deadline-steps';
import { OBLIGATION_STATUSES } from '../obligation/domain/obligation.events';
import { FOLLOW_UP_STATUSES } from '../recommendation/domain/recommendation.vocabulary';
import { OBLIGATION_CATEGORY } from '../obligation/obligation.stream';
import { itemKeys as K } from './follow-up-items.keys';

/** The writes that keep an item's hash, index sets and queues in step (recommendations.projection). */
export const deadlineFields = (d: DeadlineVersion) => ({ deadlineVersion: String(d.version), dueOn: d.dueOn, dueAt: d.dueAt, timeZone: d.timeZone });

/**
 * Where an event that does not say its province (`undefined`: recorded before ProvinceTag) must
 * look for the item: every province's open set, and national. Only old histories take this path.
 */
const EVERY_JURISDICTION: ReadonlyArray<string | null> = [...PROVINCE_CODES, null];

/** The item is open and due at `dueAt`: in the global queues and its province's. */
export function dueOps(sid: string, dueAt: string, province: string | null | undefined): ProjectionOp[] {
  const score = Date.parse(dueAt);
  const inProvince = province !== undefined ? [op.zadd(K.openDueIn(province), score, sid)] : EVERY_JURISDICTION.map((p) => op.zmove(K.openDueIn(p), score, sid));
  return [op.zadd(K.due, score, sid), op.zadd(K.openDue, score, sid), ...inProvince];
}

/** Idempotent status move: out of every other status set of the subject's vocabulary, into the new one. */
export function statusOps(sid: string, status: string, fields: Record<string, string> = {}): ProjectionOp[] {
  const vocabulary: readonly string[] = sid.startsWith(`${OBLIGATION_CATEGORY}-`) ? OBLIGATION_STATUSES : FOLLOW_UP_STATUSES;
  return [op.hset(K.item(sid), { status, ...fields }), ...vocabulary.filter((s) => s !== status).map((s) => op.srem(K.byStatus(s), sid)), op.sadd(K.byStatus(status), sid)];
}

/** Closed for certain (the event says so): out of the open queues. */
export const closeOps = (sid: string, closure: { closureKind: string; closedOn: string; closureReason: string }, province: string | null | undefined): ProjectionOp[] => [
  op.hset(K.item(sid), { open: '0', ...closure }),
  op.zrem(K.openDue, sid),
  ...(province !== undefined ? [K.openDueIn(province)] : EVERY_JURISDICTION.map(K.openDueIn)).map((key) => op.zrem(key, sid)),
  op.srem(K.open, sid),
  op.srem(K.unsettled, sid),
  op.sadd(K.closed, sid),
];

/** May have fulfilled the recommendation: whoever reads it settles it from its facts. */
export const unsettledOps = (sid: string): ProjectionOp[] => [op.hset(K.item(sid), { unsettled: '1' }), op.sadd(K.unsettled, sid)];

export function issuedOps(sid: string, i: { entityCode: string; provinceCode: string | null; unitIds: string[]; kind: string; source: string; status: string }): ProjectionOp[] {
  return [
    op.sadd(K.byEntity(i.entityCode), sid),
    op.sadd(K.byProvince(i.provinceCode), sid),
    ...i.unitIds.map((unitId) => op.sadd(K.byUnit(unitId), sid)),
    op.sadd(K.byKind(i.kind), sid),
    op.sadd(K.bySource(i.source), sid),
    op.sadd(K.byStatus(i.status), sid),
    op.sadd(K.open, sid),
  ];
}
