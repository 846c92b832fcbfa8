import { MemoryReadModel } from '@app/platform/testing';
import type { ObligationScheduled } from '../obligation/domain/obligation.events';
import type { RecommendationIssued } from '../recommendation/domain/recommendation.events';
import { itemKeys as K } from './follow-up-items.keys';
import { itemView } from './follow-up-item.view';
import { fulfilment, parseFacts } from './item-facts';
import { recommendationsProjection } from './recommendations.projection';

const REC = 'recommendation-r1';
const issued: RecommendationIssued = {
  type: 'RecommendationIssued',
  data: {
    recommendationId: 'r1', entityCode: '64.01', provinceCode: '64', unitId: 'dpmptsp', kind: 'tindakan_korektif',
    source: { type: 'lahp', ref: 'LAHP/0123' }, title: 'Publish the service standard', issuedOn: '2025-03-10', status: 'belum_ditindaklanjuti',
    deadline: { version: 1, dueOn: '2025-04-09', dueAt: '2025-04-09T16:00:00.000Z', timeZone: 'WITA', setBy: 'rule', rule: null },
  },
};
const r1 = (type: string, data: Record<string, unknown>) => ({ type, data: { recommendationId: 'r1', ...data } });
const dueAt = Date.parse('2025-04-09T16:00:00.000Z');
const model = () => new MemoryReadModel(recommendationsProjection).feed(REC, issued);
const view = (m: MemoryReadModel, now = new Date('2025-04-20T00:00:00Z')) => {
  const h = m.hash(K.item(REC));
  return itemView(REC, h, null, h.unsettled === '1' && h.open === '1' ? fulfilment(parseFacts(m.hash(K.facts(REC)))) : null, now);
};

describe('recommendations projection', () => {
  it('indexes an issued recommendation by provider, unit, province, status, kind and source, and queues it by due instant', () => {
    const m = model();
    for (const key of [K.byEntity('64.01'), K.byUnit('dpmptsp'), K.byProvince('64'), K.byStatus('belum_ditindaklanjuti'), K.byKind('tindakan_korektif'), K.bySource('lahp'), K.open]) {
      expect([key, m.members(key)]).toEqual([key, [REC]]);
    }
    expect(m.zrange(K.due)).toEqual([[REC, dueAt]]);
    expect(m.zrange(K.openDue)).toEqual([[REC, dueAt]]);
  });

  it('a follow-up moves the item from belum_ditindaklanjuti to menunggu_verifikasi', () => {
    const m = model().feed(REC, r1('FollowUpSubmitted', { followUpId: 'f1', itemId: null, summary: 's', evidence: [{}], submittedOn: '2025-03-20' }));
    expect(m.members(K.byStatus('belum_ditindaklanjuti'))).toEqual([]);
    expect(m.members(K.byStatus('menunggu_verifikasi'))).toEqual([REC]);
    expect(m.hash(K.item(REC))).toMatchObject({ status: 'menunggu_verifikasi', followUps: '1' });
  });

  it('an approved extension moves the due score in both queues and starts a new deadline version', () => {
    const deadline = { version: 2, dueOn: '2025-05-09', dueAt: '2025-05-09T16:00:00.000Z', timeZone: 'WITA' };
    const m = model()
      .feed(REC, r1('DeadlineEscalated', { subjectId: 'r1', deadlineVersion: 1, level: 1, to: 'kepala-unit', escalatedAt: '2025-04-12T00:00:00.000Z' }))
      .feed(REC, r1('DeadlineExtensionApproved', { requestId: 'x1', deadline, approvedOn: '2025-04-15', note: 'ok' }));
    expect(m.zrange(K.due)).toEqual([[REC, Date.parse(deadline.dueAt)]]);
    expect(m.zrange(K.openDue)).toEqual([[REC, Date.parse(deadline.dueAt)]]);
    expect(view(m)).toMatchObject({ deadline: { version: 2, dueOn: '2025-05-09', setBy: 'extension' }, escalation: null, overdue: false, extension: 'approved' });
  });

  it('an administrative closure takes the item out of the open queue but keeps it in the list by due date', () => {
    const m = model().feed(REC, r1('RecommendationClosed', { closedOn: '2025-04-01', reason: 'Superseded' }));
    expect(m.zrange(K.openDue)).toEqual([]);
    expect(m.zrange(K.due)).toEqual([[REC, dueAt]]);
    expect(m.members(K.open)).toEqual([]);
    expect(m.members(K.closed)).toEqual([REC]);
    expect(view(m)).toMatchObject({ open: false, overdue: false, closure: { kind: 'administrative', closedOn: '2025-04-01', reason: 'Superseded' } });
  });

  it('an accepted not-actionable request closes the item as tidak_dapat_ditindaklanjuti with the request reason', () => {
    const m = model().feed(
      REC,
      r1('NotActionableRequested', { reason: 'Gedung roboh (force majeure)', requestedOn: '2025-03-20' }),
      r1('NotActionableAccepted', { note: 'Diterima', acceptedOn: '2025-03-25' }),
    );
    expect(m.members(K.byStatus('tidak_dapat_ditindaklanjuti'))).toEqual([REC]);
    expect(m.members(K.byStatus('belum_ditindaklanjuti'))).toEqual([]);
    expect(m.zrange(K.openDue)).toEqual([]);
    expect(view(m).closure).toEqual({ kind: 'not_actionable', closedOn: '2025-03-25', reason: 'Gedung roboh (force majeure)' });
  });

  it('legacy path: a v1 sesuai verdict marks the item unsettled; the facts settle it as fulfilled, so it no longer counts as open or overdue', () => {
    const m = model().feed(
      REC,
      r1('FollowUpSubmitted', { followUpId: 'f1', itemId: null, summary: 's', evidence: [{}], submittedOn: '2025-03-20' }),
      r1('FollowUpVerified', { followUpId: 'f1', verdict: 'sesuai', note: 'ok', verifiedOn: '2025-03-22' }),
    );
    expect(m.members(K.unsettled)).toEqual([REC]);
    expect(view(m)).toMatchObject({ status: 'sesuai', open: false, overdue: false, closure: { kind: 'verified', closedOn: '2025-03-22' } });
  });

  it('a v1 belum_sesuai verdict changes nothing about openness', () => {
    const m = model().feed(
      REC,
      r1('FollowUpSubmitted', { followUpId: 'f1', itemId: null, summary: 's', evidence: [{}], submittedOn: '2025-03-20' }),
      r1('FollowUpVerified', { followUpId: 'f1', verdict: 'belum_sesuai', note: 'kurang', verifiedOn: '2025-03-22' }),
    );
    expect(m.members(K.unsettled)).toEqual([]);
    expect(view(m)).toMatchObject({ status: 'belum_sesuai', open: true, overdue: true, daysOverdue: 11 });
  });

  it('records reminders, the overdue mark and the escalation rung of the current deadline version', () => {
    const m = model().feed(
      REC,
      r1('DeadlineReminderSent', { subjectId: 'r1', deadlineVersion: 1, daysBefore: 7, dueAt: issued.data.deadline.dueAt, remindedAt: '2025-04-02T16:00:00.000Z' }),
      r1('DeadlineReminderSent', { subjectId: 'r1', deadlineVersion: 1, daysBefore: 1, dueAt: issued.data.deadline.dueAt, remindedAt: '2025-04-08T16:00:00.000Z' }),
      r1('DeadlineMarkedOverdue', { subjectId: 'r1', deadlineVersion: 1, dueAt: issued.data.deadline.dueAt, markedAt: '2025-04-09T16:00:01.000Z' }),
      r1('DeadlineEscalated', { subjectId: 'r1', deadlineVersion: 1, level: 2, to: 'sekretaris-daerah', escalatedAt: '2025-04-19T16:00:00.000Z' }),
    );
    expect(view(m)).toMatchObject({
      reminders: { sent: 2, lastAt: '2025-04-08T16:00:00.000Z', lastDaysBefore: 1 },
      overdueMarkedAt: '2025-04-09T16:00:01.000Z',
      escalation: { level: 2, to: 'sekretaris-daerah', at: '2025-04-19T16:00:00.000Z' },
    });
  });

  it('an action item files the recommendation under that unit too', () => {
    const m = model().feed(REC, r1('ActionItemAdded', { itemId: 'a1', unitId: 'dinkes', title: 'Train staff', dueOn: '2025-04-01', dueAt: '2025-04-01T16:00:00.000Z' }));
    expect(m.members(K.byUnit('dinkes'))).toEqual([REC]);
    expect(parseFacts(m.hash(K.facts(REC))).actionItems).toEqual([{ itemId: 'a1', unitId: 'dinkes', title: 'Train staff', dueOn: '2025-04-01', dueAt: '2025-04-01T16:00:00.000Z', closedOn: null, seq: 1 }]);
  });

  it('an obligation is an item of kind obligation from source pks; fulfilment closes it', () => {
    const OB = 'obligation-p1.pendampingan-berkala.2022-Q3';
    const scheduled: ObligationScheduled = {
      type: 'ObligationScheduled',
      data: {
        obligationId: 'p1.pendampingan-berkala.2022-Q3', pksId: 'p1', scopeId: 'pendampingan-berkala', entityCode: '63', provinceCode: '63',
        unitIds: ['inspektorat', 'dpmptsp'], text: 'Pendampingan berkala', period: { key: '2022-Q3', start: '2022-07-05', end: '2022-09-30' },
        deadline: { version: 1, dueOn: '2022-10-10', dueAt: '2022-10-10T16:00:00.000Z', timeZone: 'WITA' },
      },
    };
    const m = new MemoryReadModel(recommendationsProjection).feed(OB, scheduled);
    expect(m.members(K.byKind('obligation'))).toEqual([OB]);
    expect(m.members(K.bySource('pks'))).toEqual([OB]);
    expect(m.members(K.byUnit('inspektorat'))).toEqual([OB]);
    expect(m.members(K.byStatus('open'))).toEqual([OB]);
    m.feed(OB, { type: 'ObligationFulfilled', data: { obligationId: scheduled.data.obligationId, evidence: [{}], fulfilledOn: '2022-10-05' } });
    expect(m.members(K.byStatus('open'))).toEqual([]);
    expect(m.members(K.byStatus('fulfilled'))).toEqual([OB]);
    expect(m.zrange(K.openDue)).toEqual([]);
  });
});
