import { deciderSpec } from '@app/kernel/testing';
import { bundledDueRules } from '../../deadlines/due-rules';
import { recommendationDecider } from './recommendation.decider';
import type { RecommendationEvent } from './recommendation.events';
import {
  admin,
  auditor,
  issueCmd,
  jayapura,
  liaisonPaser,
  mukomuko,
  NOW,
  officerBengkulu,
  officerKaltim,
  paser,
} from '../../testing/recommendation.fixtures';

const spec = deciderSpec(recommendationDecider);
const rules = bundledDueRules();
const deadlineOf = (events: RecommendationEvent[]) => {
  const [issued] = events;
  if (issued?.type !== 'RecommendationIssued') throw new Error(`expected RecommendationIssued, got ${issued?.type}`);
  return issued.data.deadline;
};

describe('IssueRecommendation', () => {
  it('issues a rekomendasi due 60 calendar days later, at the end of that day in WITA', () =>
    spec
      .given([])
      .when(issueCmd(paser, { unitId: 'dpmptsp' }, officerKaltim))
      .then([
        {
          type: 'RecommendationIssued',
          data: {
            recommendationId: 'rec-1',
            entityCode: '64.01',
            provinceCode: '64',
            unitId: 'dpmptsp',
            kind: 'rekomendasi',
            source: { type: 'lahp', ref: 'LAHP/0123/LM/XII/2024/BPP' },
            title: 'Publish the DPMPTSP service standard at the service counter',
            issuedOn: '2025-03-10',
            status: 'belum_ditindaklanjuti',
            deadline: {
              version: 1,
              dueOn: '2025-05-09',
              dueAt: '2025-05-09T16:00:00.000Z',
              timeZone: 'WITA',
              setBy: 'rule',
              rule: rules.rekomendasi,
              ladderFrom: NOW.toISOString(),
            },
          },
          // Issued 2025-03-10, entered 2025-06-01: it occurred at the end of its issue day in WITA.
          occurredAt: new Date('2025-03-10T15:59:59.999Z'),
        },
        // Due 2025-05-09, entered over a day later: its overdue state comes with it, dated at the due instant (late-records).
        {
          type: 'DeadlineMarkedOverdue',
          data: { subjectId: 'rec-1', deadlineVersion: 1, dueAt: '2025-05-09T16:00:00.000Z', markedAt: '2025-05-09T16:00:00.000Z', recordedLate: true },
          occurredAt: new Date('2025-05-09T16:00:00.000Z'),
        },
      ]));

  it('counts a tindakan korektif in working days across Nyepi and Idulfitri 2025', () =>
    spec
      .given([])
      .when(issueCmd(paser, { kind: 'tindakan_korektif', issuedOn: '2025-03-20' }))
      .thenEvents((events) =>
        expect(deadlineOf(events)).toMatchObject({ dueOn: '2025-05-16', setBy: 'rule', rule: { days: 30, basis: 'working' } }),
      ));

  it('counts saran perbaikan in calendar days through a weekend', () =>
    spec
      .given([])
      .when(issueCmd(paser, { kind: 'saran_perbaikan', source: { type: 'assessment', ref: 'assessment-64.01-2023' }, issuedOn: '2025-01-31' }, admin, true))
      .thenEvents((events) => expect(deadlineOf(events)).toMatchObject({ dueOn: '2025-04-01', rule: { days: 60, basis: 'calendar' } })));

  it.each([
    [paser, '2025-03-10T16:00:00.000Z'],
    [mukomuko, '2025-03-10T17:00:00.000Z'],
    [jayapura, '2025-03-10T15:00:00.000Z'],
  ])('a given dueOn 2025-03-10 ends at the end of that day in the provider zone (%#)', (provider, dueAt) =>
    spec
      .given([])
      .when(issueCmd(provider, { dueOn: '2025-03-10', issuedOn: '2025-03-01' }))
      .thenEvents((events) =>
        expect(deadlineOf(events)).toEqual({ version: 1, dueOn: '2025-03-10', dueAt, timeZone: provider.timeZone, setBy: 'request', rule: null, ladderFrom: NOW.toISOString() }),
      ));

  it('accepts dueOn on the issue day', () =>
    spec.given([]).when(issueCmd(paser, { dueOn: '2025-03-10' })).thenEvents((e) => expect(deadlineOf(e).dueOn).toBe('2025-03-10')));
  it('refuses dueOn before issuedOn', () =>
    spec.given([]).when(issueCmd(paser, { dueOn: '2025-03-09' })).thenThrows('DueBeforeIssue', 'invalid'));
  it('refuses issuedOn after today in the provider zone, and accepts today', () => {
    spec.given([]).when(issueCmd(paser, { issuedOn: '2025-06-02' })).thenThrows('DateInFuture', 'invalid');
    spec.given([]).when(issueCmd(paser, { issuedOn: '2025-06-01' })).thenEvents(([issued]) => expect(issued).not.toHaveProperty('occurredAt'));
  });
  it('judges "today" in the provider zone: a WIT provider at 23:30 UTC is already on the next day', () => {
    const lateEvening = new Date('2025-06-01T23:30:00Z'); // 2 June 08:30 WIT
    spec.given([]).when({ ...issueCmd(jayapura, { issuedOn: '2025-06-02' }), now: lateEvening }).thenEvents(([issued]) => expect(issued.data).toMatchObject({ issuedOn: '2025-06-02' }));
    spec.given([]).when({ ...issueCmd(jayapura, { issuedOn: '2025-06-03' }), now: lateEvening }).thenThrows('DateInFuture', 'invalid');
  });
  it('refuses a unit not registered under the provider', () =>
    spec.given([]).when(issueCmd(paser, { unitId: 'rsud' })).thenThrows('UnknownUnit', 'invalid'));
  it('refuses an empty title', () => spec.given([]).when(issueCmd(paser, { title: '   ' })).thenThrows('TitleRequired', 'invalid'));
  it('refuses an unknown source type, listing the allowed ones', () => {
    const cmd = issueCmd(paser, { source: { type: 'rumor' as never, ref: 'x' } });
    expect(() => recommendationDecider.decide(cmd, null)).toThrow(
      expect.objectContaining({ code: 'UnknownSourceType', fields: [expect.objectContaining({ field: 'source.type', allowed: ['assessment', 'lahp', 'supervision', 'complaint'] })] }),
    );
  });
  it('refuses an unknown kind', () => spec.given([]).when(issueCmd(paser, { kind: 'teguran' as never })).thenThrows('UnknownKind'));
  it('refuses an empty source ref', () =>
    spec.given([]).when(issueCmd(paser, { source: { type: 'lahp', ref: ' ' } })).thenThrows('SourceRefRequired'));
  it('refuses an assessment source of another provider', () =>
    spec
      .given([])
      .when(issueCmd(paser, { source: { type: 'assessment', ref: 'assessment-64.09-2023' } }, officerKaltim, true))
      .thenThrows('InvalidSourceRef', 'invalid'));
  it('is 404 when the source assessment was never recorded', () =>
    spec
      .given([])
      .when(issueCmd(paser, { source: { type: 'assessment', ref: 'assessment-64.01-2019' } }, officerKaltim, false))
      .thenThrows('SourceAssessmentNotFound', 'not_found'));

  it('refuses issuing the same recommendation twice', () => {
    const [issued] = recommendationDecider.decide(issueCmd(paser), null);
    spec.given([issued]).when(issueCmd(paser)).thenThrows('RecommendationAlreadyIssued', 'conflict');
  });

  describe('authority: officers within the province, and admins', () => {
    it('refuses the provider liaison', () => spec.given([]).when(issueCmd(paser, {}, liaisonPaser)).thenThrows('RoleNotAllowed', 'forbidden'));
    it('refuses an auditor', () => spec.given([]).when(issueCmd(paser, {}, auditor)).thenThrows('RoleNotAllowed', 'forbidden'));
    it('refuses an officer outside the province', () =>
      spec.given([]).when(issueCmd(paser, {}, officerBengkulu)).thenThrows('OutsideScope', 'forbidden'));
    it('lets an admin issue', () => spec.given([]).when(issueCmd(paser, {}, admin)).thenEvents((e) => expect(e[0].type).toBe('RecommendationIssued')));
  });
});
