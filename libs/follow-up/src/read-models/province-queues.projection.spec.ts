import { MemoryReadModel } from '@app/platform/testing';
import { PROVINCE_CODES } from '@app/registry';
import type { ObligationScheduled } from '../obligation/domain/obligation.events';
import type { RecommendationIssued } from '../recommendation/domain/recommendation.events';
import { itemKeys as K } from './follow-up-items.keys';
import { recommendationsProjection } from './recommendations.projection';

const REC = 'recommendation-r1';
const issued = (provinceCode: string | null): RecommendationIssued => ({
  type: 'RecommendationIssued',
  data: {
    recommendationId: 'r1', entityCode: provinceCode ? '64.01' : 'K-KEMENDAGRI', provinceCode, unitId: null, kind: 'tindakan_korektif',
    source: { type: 'lahp', ref: 'LAHP/0123' }, title: 'Publish the service standard', issuedOn: '2025-03-10', status: 'belum_ditindaklanjuti',
    deadline: { version: 1, dueOn: '2025-04-09', dueAt: '2025-04-09T16:00:00.000Z', timeZone: 'WITA', setBy: 'rule', rule: null },
  },
});
const r1 = (type: string, data: Record<string, unknown>) => ({ type, data: { recommendationId: 'r1', ...data } });
const dueAt = Date.parse('2025-04-09T16:00:00.000Z');
const extended = { version: 2, dueOn: '2025-05-09', dueAt: '2025-05-09T16:00:00.000Z', timeZone: 'WITA' };
const approval = (tag: object) => r1('DeadlineExtensionApproved', { ...tag, requestId: 'x', deadline: extended, approvedOn: '2025-04-01', note: '' });
const everyProvinceQueue = [...PROVINCE_CODES, null].map((p) => K.openDueIn(p));
/** Which province queues hold the item, with its score. */
const queued = (m: MemoryReadModel) => everyProvinceQueue.flatMap((key) => m.zrange(key).map(([member, score]) => [key, member, score]));

const closures: Array<[string, (tag: object) => { type: string; data: Record<string, unknown> }]> = [
  ['RecommendationClosed', (tag) => r1('RecommendationClosed', { ...tag, closedOn: '2025-04-01', reason: 'superseded' })],
  ['RecommendationFulfilled', (tag) => r1('RecommendationFulfilled', { ...tag, fulfilledOn: '2025-04-01', reason: 'r', followUpId: null, closedActionItems: [] })],
  ['NotActionableAccepted', (tag) => r1('NotActionableAccepted', { ...tag, note: 'ok', acceptedOn: '2025-04-01' })],
];

describe("recommendations projection v3: each province's open queue", () => {
  it('is version 3, so runners rebuild it once and old logs gain the province queues', () => expect(recommendationsProjection.version).toBe(3));

  it.each([
    ['a province', '64', 'open:province:64'],
    ['a national body', null, 'open:province:national'],
  ])('queues an issued item of %s in its province queue by due instant', (_, province, key) => {
    const m = new MemoryReadModel(recommendationsProjection).feed(REC, issued(province));
    expect(K.openDueIn(province)).toBe(key);
    expect(queued(m)).toEqual([[key, REC, dueAt]]);
  });

  describe.each([
    ['events that repeat the province', { provinceCode: '64' }],
    ['events recorded before they did (every province tried)', {}],
  ])('%s', (_, tag) => {
    it('an approved extension moves it to its new due instant, in its own province queue only', () => {
      const m = new MemoryReadModel(recommendationsProjection).feed(REC, issued('64'), approval(tag));
      expect(queued(m)).toEqual([[K.openDueIn('64'), REC, Date.parse(extended.dueAt)]]);
      expect(m.zrange(K.openDue)).toEqual([[REC, Date.parse(extended.dueAt)]]);
    });

    it.each(closures)('%s takes it out of its province queue', (_, closure) => {
      const m = new MemoryReadModel(recommendationsProjection).feed(REC, issued('64'), closure(tag));
      expect(queued(m)).toEqual([]);
      expect(m.zrange(K.openDue)).toEqual([]);
    });
  });

  it('an untagged extension of an item no province queue holds adds it to none', () => {
    const m = new MemoryReadModel(recommendationsProjection).feed(REC, issued('64'), r1('RecommendationClosed', { closedOn: '2025-04-01', reason: 'x' }), approval({}));
    expect(queued(m)).toEqual([]);
  });

  describe('obligations', () => {
    const OB = 'obligation-o1';
    const scheduled: ObligationScheduled = {
      type: 'ObligationScheduled',
      data: {
        obligationId: 'o1', pksId: 'pks-1', scopeId: 's', entityCode: '63.01', provinceCode: '63', unitIds: ['dinkes'], text: 'Quarterly report',
        period: { key: '2022-Q3', start: '2022-07-01', end: '2022-09-30' },
        deadline: { version: 1, dueOn: '2022-10-14', dueAt: '2022-10-14T16:00:00.000Z', timeZone: 'WITA' },
      },
    };
    const o1 = (type: string, data: Record<string, unknown>) => ({ type, data: { obligationId: 'o1', ...data } });

    it('a scheduled obligation is queued in its province; fulfilment or cancellation, tagged or not, takes it out', () => {
      const m = () => new MemoryReadModel(recommendationsProjection).feed(OB, scheduled);
      expect(m().zrange(K.openDueIn('63'))).toEqual([[OB, Date.parse('2022-10-14T16:00:00.000Z')]]);
      for (const tag of [{ provinceCode: '63' }, {}]) {
        expect(m().feed(OB, o1('ObligationFulfilled', { ...tag, evidence: [{}], fulfilledOn: '2022-10-05' })).zrange(K.openDueIn('63'))).toEqual([]);
        expect(m().feed(OB, o1('ObligationCancelled', { ...tag, reason: 'PKS ended', cancelledOn: '2022-10-05' })).zrange(K.openDueIn('63'))).toEqual([]);
      }
    });
  });
});
