import { MemoryReadModel } from '@app/platform/testing';
import { fold } from '@app/kernel';
import { recommendationDecider } from '../recommendation/domain/recommendation.decider';
import type { RecommendationEvent } from '../recommendation/domain/recommendation.events';
import {
  followUpSubmitted,
  fulfilledEvent,
  issuedEvent,
  itemAdded,
  itemClosed,
  itemClosedV2,
  verified,
  verifiedV2,
} from '../recommendation/domain/recommendation.spec-fixtures';
import { FOLLOW_UP_STATUSES } from '../recommendation/domain/recommendation.vocabulary';
import { itemKeys as K } from './follow-up-items.keys';
import { itemView } from './follow-up-item.view';
import { fulfilment, parseFacts } from './item-facts';
import { recommendationsProjection } from './recommendations.projection';

const REC = 'recommendation-rec-1';
const NOW = new Date('2025-06-02T00:00:00Z');
const model = (events: RecommendationEvent[]) => new MemoryReadModel(recommendationsProjection).feed(REC, ...events);
/** As item-reads does it: only an item marked unsettled (legacy path) is settled from its facts. */
const view = (m: MemoryReadModel) => {
  const h = m.hash(K.item(REC));
  return itemView(REC, h, null, h.unsettled === '1' ? fulfilment(parseFacts(m.hash(K.facts(REC)))) : null, NOW);
};
const statusSets = (m: MemoryReadModel) => FOLLOW_UP_STATUSES.filter((s) => m.members(K.byStatus(s)).includes(REC));

describe('recommendations projection v2: menunggu_verifikasi and RecommendationFulfilled', () => {
  it('is past version 2, so runners rebuild it once and old logs gain the new statuses', () => expect(recommendationsProjection.version).toBeGreaterThanOrEqual(2));

  it('files the item under exactly one status set as it moves: menunggu_verifikasi, belum_sesuai, menunggu_verifikasi', () => {
    const submitted = [issuedEvent, followUpSubmitted('fu-1')];
    expect(statusSets(model(submitted))).toEqual(['menunggu_verifikasi']);
    const judged = [...submitted, verifiedV2('fu-1', 'belum_sesuai')];
    expect(statusSets(model(judged))).toEqual(['belum_sesuai']);
    expect(statusSets(model([...judged, followUpSubmitted('fu-2')]))).toEqual(['menunggu_verifikasi']);
  });

  it('a verdict with another follow-up still awaiting an officer leaves it menunggu_verifikasi', () => {
    const two = [issuedEvent, itemAdded('item-1'), itemAdded('item-2'), followUpSubmitted('fu-1', 'item-1'), followUpSubmitted('fu-2', 'item-2')];
    expect(statusSets(model([...two, verifiedV2('fu-1', 'belum_sesuai', 1)]))).toEqual(['menunggu_verifikasi']);
  });

  it('RecommendationFulfilled closes it as sesuai for certain: out of the open queue, never unsettled', () => {
    const m = model([issuedEvent, itemAdded('item-1'), followUpSubmitted('fu-1'), verifiedV2('fu-1'), fulfilledEvent('fu-1', ['item-1'])]);
    expect(statusSets(m)).toEqual(['sesuai']);
    expect(m.members(K.unsettled)).toEqual([]);
    expect(m.members(K.open)).toEqual([]);
    expect(m.members(K.closed)).toEqual([REC]);
    expect(m.zrange(K.openDue)).toEqual([]);
    expect(m.hash(K.item(REC))).toMatchObject({ status: 'sesuai', open: '0', closureKind: 'verified', closedOn: '2025-06-01', closureReason: 'follow-up fu-1 verified sesuai' });
    expect(parseFacts(m.hash(K.facts(REC))).actionItems[0].closedOn).toBe('2025-06-01');
    expect(view(m)).toMatchObject({ status: 'sesuai', open: false, overdue: false, closure: { kind: 'verified', closedOn: '2025-06-01' } });
  });

  it('a v2 sesuai verdict or item closure that does not complete it marks nothing unsettled', () => {
    const m = model([issuedEvent, itemAdded('item-1'), itemAdded('item-2'), followUpSubmitted('fu-1', 'item-1'), verifiedV2('fu-1'), itemClosedV2('item-1')]);
    expect(m.members(K.unsettled)).toEqual([]);
    expect(view(m)).toMatchObject({ status: 'belum_sesuai', open: true });
  });

  it('the last item closed completes it by the event', () => {
    const m = model([issuedEvent, itemAdded('item-1'), followUpSubmitted('fu-1', 'item-1'), verifiedV2('fu-1'), itemClosedV2('item-1'), fulfilledEvent(null)]);
    expect(view(m)).toMatchObject({ status: 'sesuai', open: false, closure: { reason: 'every action item closed and verified sesuai' } });
  });
});

describe('recommendations projection v2 over a v1 log (no RecommendationFulfilled): the legacy path', () => {
  const v1Histories: Array<[string, RecommendationEvent[]]> = [
    ['issued only', [issuedEvent]],
    ['submitted, not judged', [issuedEvent, followUpSubmitted()]],
    ['judged belum_sesuai', [issuedEvent, followUpSubmitted(), verified('fu-1', 'belum_sesuai')]],
    ['judged belum_sesuai, resubmitted', [issuedEvent, followUpSubmitted(), verified('fu-1', 'belum_sesuai'), followUpSubmitted('fu-2')]],
    ['whole sesuai', [issuedEvent, followUpSubmitted(), verified()]],
    ['whole sesuai with an item open', [issuedEvent, itemAdded('item-1'), followUpSubmitted(), verified()]],
    ['one item of two done', [issuedEvent, itemAdded('item-1'), itemAdded('item-2'), followUpSubmitted('fu-1', 'item-1'), verified('fu-1'), itemClosed('item-1')]],
    ['last item closed after its sesuai', [issuedEvent, itemAdded('item-1'), followUpSubmitted('fu-1', 'item-1'), verified('fu-1'), itemClosed('item-1')]],
    ['last item verified after its closure', [issuedEvent, itemAdded('item-1'), followUpSubmitted('fu-1', 'item-1'), itemClosed('item-1'), verified('fu-1')]],
  ];

  it.each(v1Histories)('%s: reads with the status, openness and closure the aggregate folds', (_, events) => {
    const state = fold(recommendationDecider, events);
    expect(view(model(events))).toMatchObject({
      status: state?.status,
      open: state?.open,
      closure: state?.closure ? { kind: state.closure.kind, closedOn: state.closure.closedOn, reason: state.closure.reason } : null,
    });
  });

  it('a v1 completing event is still marked unsettled (settled from facts on read); a v1 belum_sesuai is not', () => {
    expect(model([issuedEvent, followUpSubmitted(), verified()]).members(K.unsettled)).toEqual([REC]);
    expect(model([issuedEvent, followUpSubmitted(), verified('fu-1', 'belum_sesuai')]).members(K.unsettled)).toEqual([]);
  });

  it('the same outcome decided now (v2) reads the same as its v1 history', () => {
    const v1 = view(model([issuedEvent, followUpSubmitted(), verified()]));
    const v2 = view(model([issuedEvent, followUpSubmitted(), verifiedV2('fu-1'), fulfilledEvent('fu-1')]));
    expect(v2).toEqual(v1);
  });
});
