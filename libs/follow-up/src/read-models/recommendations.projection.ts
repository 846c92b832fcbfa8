import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import type { EntityRegistered, UnitRegistered } from '@app/registry';
import type { ObligationEvent } from '../obligation/domain/obligation.events';
import type { ActionItemClosed, FollowUpVerified, RecommendationEvent } from '../recommendation/domain/recommendation.events';
import { RECOMMENDATIONS_READ_MODEL, itemKeys as K } from './follow-up-items.keys';
import { FACT, factOp, factsOps } from './item-facts.ops';
import { closeOps, deadlineFields, dueOps, issuedOps, statusOps, unsettledOps } from './item-index.ops';

type ItemEvent = EntityRegistered | UnitRegistered | RecommendationEvent | ObligationEvent;

const EVENT_TYPES: Array<ItemEvent['type']> = [
  'EntityRegistered', 'UnitRegistered',
  'RecommendationIssued', 'ActionItemAdded', 'ActionItemClosed', 'FollowUpSubmitted', 'FollowUpVerified',
  'NotActionableRequested', 'NotActionableAccepted', 'NotActionableRejected',
  'DeadlineExtensionRequested', 'DeadlineExtensionApproved', 'DeadlineExtensionRefused', 'RecommendationClosed', 'RecommendationFulfilled',
  'ObligationScheduled', 'ObligationFulfilled', 'ObligationCancelled',
  'DeadlineReminderSent', 'DeadlineMarkedOverdue', 'DeadlineEscalated',
];

/**
 * Legacy path: a v1 verdict or item closure (stored before RecommendationFulfilled existed) may
 * have completed its recommendation without saying so. The item is marked unsettled and readers
 * settle it from its facts (item-reads); v2 events never are, their end is RecommendationFulfilled.
 */
const isLegacy = (event: ActionItemClosed | FollowUpVerified): boolean => event.data.completion === undefined;

/**
 * Follow-up items (recommendations and PKS obligations): one hash each, index sets by provider,
 * unit, province, status, kind and source, and sorted sets by due instant for the queues.
 * Deadline steps (reminders, overdue marks, escalations) are recorded per deadline version.
 */
export const recommendationsProjection: Projection = {
  name: RECOMMENDATIONS_READ_MODEL,
  // v2: menunggu_verifikasi and RecommendationFulfilled (the one rebuild that brings them to old logs).
  // v3: each province's open queue (open:province:<code>).
  version: 3,
  filter: { eventTypes: EVENT_TYPES },
  apply(recorded: RecordedEvent): ProjectionOp[] {
    const event = recorded as unknown as ItemEvent;
    const sid = recorded.stream;
    switch (event.type) {
      case 'EntityRegistered': {
        const { code, name, provinceCode, timezone } = event.data;
        return [op.hset(K.entity(code), { name, provinceCode: provinceCode ?? '', timezone })];
      }
      case 'UnitRegistered':
        return [op.hset(K.units(event.data.entityCode), { [event.data.unitId]: event.data.name })];
      case 'RecommendationIssued': {
        const d = event.data;
        const unitIds = d.unitId ? [d.unitId] : [];
        return [
          op.hset(K.item(sid), {
            subject: 'recommendation', id: d.recommendationId, entityCode: d.entityCode, provinceCode: d.provinceCode ?? '', unitIds: unitIds.join(','),
            kind: d.kind, status: d.status, sourceType: d.source.type, sourceRef: d.source.ref, title: d.title, issuedOn: d.issuedOn,
            ...deadlineFields(d.deadline), deadlineSetBy: d.deadline.setBy, open: '1', remindersSent: '0',
          }),
          ...issuedOps(sid, { ...d, unitIds, source: d.source.type }),
          ...dueOps(sid, d.deadline.dueAt, d.provinceCode),
        ];
      }
      case 'ObligationScheduled': {
        const d = event.data;
        return [
          op.hset(K.item(sid), {
            subject: 'obligation', id: d.obligationId, entityCode: d.entityCode, provinceCode: d.provinceCode ?? '', unitIds: d.unitIds.join(','),
            kind: 'obligation', status: 'open', sourceType: 'pks', sourceRef: d.pksId, title: d.text, issuedOn: d.period.start, periodKey: d.period.key,
            ...deadlineFields(d.deadline), deadlineSetBy: 'rule', open: '1', remindersSent: '0',
          }),
          ...issuedOps(sid, { ...d, kind: 'obligation', source: 'pks', status: 'open' }),
          ...dueOps(sid, d.deadline.dueAt, d.provinceCode),
        ];
      }
      case 'ActionItemAdded':
        return [...factsOps(sid, recorded.revision, event), op.sadd(K.byUnit(event.data.unitId), sid)];
      case 'ActionItemClosed':
        return [...factsOps(sid, recorded.revision, event), ...(isLegacy(event) ? unsettledOps(sid) : [])];
      case 'FollowUpSubmitted':
        return [...factsOps(sid, recorded.revision, event), ...statusOps(sid, 'menunggu_verifikasi', { lastFollowUpOn: event.data.submittedOn }), op.hincrby(K.item(sid), 'followUps')];
      case 'FollowUpVerified': {
        // A v1 verdict does not say what still awaits an officer: belum_sesuai, as v1 read it.
        const status = (event.data.awaitingVerification ?? 0) > 0 ? 'menunggu_verifikasi' : 'belum_sesuai';
        const legacySesuai = isLegacy(event) && event.data.verdict === 'sesuai';
        return [...factsOps(sid, recorded.revision, event), ...statusOps(sid, status), ...(legacySesuai ? unsettledOps(sid) : [])];
      }
      case 'RecommendationFulfilled': {
        const { fulfilledOn, reason, closedActionItems } = event.data;
        return [
          ...statusOps(sid, 'sesuai'),
          ...closeOps(sid, { closureKind: 'verified', closedOn: fulfilledOn, closureReason: reason }, event.data.provinceCode),
          ...closedActionItems.map((itemId) => factOp(sid, FACT.actionItemClosed(itemId), fulfilledOn)),
        ];
      }
      case 'NotActionableRequested':
        return [op.hset(K.item(sid), { notActionable: 'pending', notActionableReason: event.data.reason })];
      case 'NotActionableAccepted':
        return [
          ...statusOps(sid, 'tidak_dapat_ditindaklanjuti', { notActionable: 'accepted' }),
          ...closeOps(sid, { closureKind: 'not_actionable', closedOn: event.data.acceptedOn, closureReason: event.data.note }, event.data.provinceCode),
        ];
      case 'NotActionableRejected':
        return [op.hset(K.item(sid), { notActionable: 'rejected' })];
      case 'DeadlineExtensionRequested':
        return [op.hset(K.item(sid), { extension: 'pending', extensionProposedDueOn: event.data.proposedDueOn })];
      case 'DeadlineExtensionApproved': {
        // A new deadline version: its escalation starts again; overdue marks are per version.
        const fields = { ...deadlineFields(event.data.deadline), deadlineSetBy: 'extension', extension: 'approved', escalationLevel: '0' };
        return [op.hset(K.item(sid), fields), ...dueOps(sid, event.data.deadline.dueAt, event.data.provinceCode)];
      }
      case 'DeadlineExtensionRefused':
        return [op.hset(K.item(sid), { extension: 'refused' })];
      case 'RecommendationClosed':
        return closeOps(sid, { closureKind: 'administrative', closedOn: event.data.closedOn, closureReason: event.data.reason }, event.data.provinceCode);
      case 'ObligationFulfilled':
        return [
          ...statusOps(sid, 'fulfilled', { evidence: String(event.data.evidence.length) }),
          ...closeOps(sid, { closureKind: 'fulfilled', closedOn: event.data.fulfilledOn, closureReason: `${event.data.evidence.length} evidence document(s)` }, event.data.provinceCode),
        ];
      case 'ObligationCancelled':
        return [...statusOps(sid, 'cancelled'), ...closeOps(sid, { closureKind: 'cancelled', closedOn: event.data.cancelledOn, closureReason: event.data.reason }, event.data.provinceCode)];
      case 'DeadlineReminderSent': {
        const { deadlineVersion, daysBefore, remindedAt } = event.data;
        return [op.hincrby(K.item(sid), 'remindersSent'), op.hset(K.item(sid), { lastReminderAt: remindedAt, lastReminderDaysBefore: String(daysBefore), lastReminderVersion: String(deadlineVersion) })];
      }
      case 'DeadlineMarkedOverdue':
        return [op.hset(K.item(sid), { overdueMarkedAt: event.data.markedAt, overdueVersion: String(event.data.deadlineVersion) })];
      case 'DeadlineEscalated': {
        const { deadlineVersion, level, to, escalatedAt } = event.data;
        return [op.hset(K.item(sid), { escalationLevel: String(level), escalatedTo: to, escalatedAt, escalationVersion: String(deadlineVersion) })];
      }
      default:
        return [];
    }
  },
};
