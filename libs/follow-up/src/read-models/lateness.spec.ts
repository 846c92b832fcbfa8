import { MemoryReadModel } from '@app/platform/testing';
import type { RecommendationIssued } from '../recommendation/domain/recommendation.events';
import { itemKeys as K } from './follow-up-items.keys';
import { itemView } from './follow-up-item.view';
import { parseFacts } from './item-facts';
import { lateness, submittedOnTime } from './lateness';
import { recommendationsProjection } from './recommendations.projection';

const REC = 'recommendation-r1';
const OBL = 'obligation-o1';
const DUE_ON = '2025-04-09';
const DUE_AT = '2025-04-09T16:00:00.000Z'; // end of dueOn in WITA
const issued: RecommendationIssued = {
  type: 'RecommendationIssued',
  data: {
    recommendationId: 'r1', entityCode: '64.01', provinceCode: '64', unitId: 'dpmptsp', kind: 'tindakan_korektif',
    source: { type: 'lahp', ref: 'LAHP/0123' }, title: 'Publish the service standard', issuedOn: '2025-03-10', status: 'belum_ditindaklanjuti',
    deadline: { version: 1, dueOn: DUE_ON, dueAt: DUE_AT, timeZone: 'WITA', setBy: 'rule', rule: null },
  },
};
const r1 = (type: string, data: Record<string, unknown>) => ({ type, data: { recommendationId: 'r1', ...data } });
// Recorded long after the due instant, with the deadline workers' overdue mark stored meanwhile.
const NOW = new Date('2025-05-20T00:00:00Z');
const marked = r1('DeadlineMarkedOverdue', { subjectId: 'r1', deadlineVersion: 1, dueAt: DUE_AT, markedAt: DUE_AT });
const submitted = (submittedOn: string) => r1('FollowUpSubmitted', { followUpId: 'f1', itemId: null, summary: 's', evidence: [{}], submittedOn });
const fulfilled = (fulfilledOn: string) => r1('RecommendationFulfilled', { fulfilledOn, reason: 'follow-up f1 verified sesuai', closedActionItems: [] });

/** The view as readItems builds it: facts read for an item awaiting verification. */
function view(m: MemoryReadModel, sid = REC) {
  const h = m.hash(K.item(sid));
  const awaiting = m.members(K.byStatus('menunggu_verifikasi')).includes(sid);
  return itemView(sid, h, null, null, NOW, awaiting && submittedOnTime(parseFacts(m.hash(K.facts(sid))), h.dueOn));
}
const model = () => new MemoryReadModel(recommendationsProjection).feed(REC, issued, marked);

describe('lateness by business dates', () => {
  it('a recommendation fulfilled on its due date is on time, though recorded weeks later and marked overdue meanwhile', () =>
    expect(view(model().feed(REC, submitted(DUE_ON), fulfilled(DUE_ON)))).toMatchObject({ open: false, overdue: false, late: false, overdueMarkedAt: DUE_AT }));

  it('one fulfilled the day after its due date was late', () => expect(view(model().feed(REC, submitted('2025-04-10'), fulfilled('2025-04-10')))).toMatchObject({ late: true }));

  it('a follow-up submitted on the due date and awaiting verification is not the provider’s overdue', () =>
    expect(view(model().feed(REC, submitted(DUE_ON)))).toMatchObject({ status: 'menunggu_verifikasi', open: true, overdue: false, daysOverdue: null, late: false }));

  it('one submitted the day after is overdue and late', () =>
    expect(view(model().feed(REC, submitted('2025-04-10')))).toMatchObject({ status: 'menunggu_verifikasi', overdue: true, late: true, daysOverdue: 41 }));

  it('a verdict of belum_sesuai on an on-time follow-up makes it overdue again: nothing on time awaits', () =>
    expect(view(model().feed(REC, submitted(DUE_ON), r1('FollowUpVerified', { followUpId: 'f1', verdict: 'belum_sesuai', note: 'kurang', verifiedOn: '2025-04-20', awaitingVerification: 0 })))).toMatchObject({
      status: 'belum_sesuai',
      overdue: true,
      late: true,
    }));

  it('an open item not yet due is not late; one closed by an officer has no lateness', () => {
    expect(itemView(REC, model().hash(K.item(REC)), null, null, new Date('2025-04-01T00:00:00Z'))).toMatchObject({ overdue: false, late: false });
    expect(view(model().feed(REC, r1('RecommendationClosed', { closedOn: '2025-05-01', reason: 'Superseded' })))).toMatchObject({ late: null });
  });

  it('an obligation fulfilled by its due date is on time, the day after late', () => {
    const scheduled = {
      type: 'ObligationScheduled',
      data: {
        obligationId: 'o1', pksId: 'p1', scopeId: 's1', entityCode: '64.01', provinceCode: '64', unitIds: ['dpmptsp'], text: 'Quarterly report',
        period: { key: '2025-Q1', start: '2025-01-01', end: '2025-03-31' }, deadline: { version: 1, dueOn: DUE_ON, dueAt: DUE_AT, timeZone: 'WITA' },
      },
    };
    const obligation = (fulfilledOn: string) => ({ type: 'ObligationFulfilled', data: { obligationId: 'o1', evidence: [{}], fulfilledOn } });
    expect(view(new MemoryReadModel(recommendationsProjection).feed(OBL, scheduled, obligation(DUE_ON)), OBL)).toMatchObject({ late: false });
    expect(view(new MemoryReadModel(recommendationsProjection).feed(OBL, scheduled, obligation('2025-04-10')), OBL)).toMatchObject({ late: true });
  });

  it('judges dates, not instants: lateness and submittedOnTime by dueOn', () => {
    expect(lateness({ open: false, overdue: false, dueOn: DUE_ON, closure: { kind: 'verified', closedOn: DUE_ON } })).toBe(false);
    expect(lateness({ open: false, overdue: false, dueOn: DUE_ON, closure: { kind: 'not_actionable', closedOn: '2026-01-01' } })).toBeNull();
    expect(submittedOnTime({ actionItems: [], followUps: [{ followUpId: 'f', itemId: null, evidence: 1, submittedOn: DUE_ON, verdict: null, verifiedOn: null, seq: 1 }] }, DUE_ON)).toBe(true);
    expect(submittedOnTime({ actionItems: [], followUps: [{ followUpId: 'f', itemId: null, evidence: 1, submittedOn: DUE_ON, verdict: 'belum_sesuai', verifiedOn: DUE_ON, seq: 1 }] }, DUE_ON)).toBe(false);
    expect(submittedOnTime(null, DUE_ON)).toBe(false);
  });
});
