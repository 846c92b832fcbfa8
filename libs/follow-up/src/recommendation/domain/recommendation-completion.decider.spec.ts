import { fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { liaisonPaser, officerKaltim } from '../../testing/recommendation.fixtures';
import { recommendationDecider } from './recommendation.decider';
import type { RecommendationEvent } from './recommendation.events';
import {
  TODAY,
  command,
  doc,
  event,
  followUpSubmitted,
  fulfilledEvent,
  issuedEvent,
  itemAdded,
  itemClosed,
  itemClosedV2,
  verified,
  verifiedV2,
} from './recommendation.spec-fixtures';

const spec = deciderSpec(recommendationDecider);
const stateAfter = (events: RecommendationEvent[]) => fold(recommendationDecider, events);
const submit = (followUpId: string, itemId: string | null = null) =>
  command('SubmitFollowUp', { followUpId, itemId, summary: 'Standard published at the counter', evidence: [doc()] }, liaisonPaser);
const verify = (followUpId: string, verdict: 'sesuai' | 'belum_sesuai' = 'sesuai') => command('VerifyFollowUp', { followUpId, verdict, note: 'Checked on site' }, officerKaltim);
const close = (itemId: string) => command('CloseActionItem', { itemId, note: '' }, liaisonPaser);

describe('RecommendationFulfilled: completion is an event of its own', () => {
  it('a sesuai verdict on the whole recommendation is followed by RecommendationFulfilled', () =>
    spec.given([issuedEvent, followUpSubmitted()]).when(verify('fu-1')).then([verifiedV2('fu-1'), fulfilledEvent('fu-1')]));

  it('a belum_sesuai verdict is not', () =>
    spec.given([issuedEvent, followUpSubmitted()]).when(verify('fu-1', 'belum_sesuai')).then([verifiedV2('fu-1', 'belum_sesuai')]));

  const twoItems = [issuedEvent, itemAdded('item-1'), itemAdded('item-2'), followUpSubmitted('fu-1', 'item-1'), itemClosedV2('item-1'), verifiedV2('fu-1')];

  it('a sesuai verdict on one item of two does not complete it', () =>
    spec.given([issuedEvent, itemAdded('item-1'), itemAdded('item-2'), followUpSubmitted('fu-1', 'item-1'), itemClosedV2('item-1')]).when(verify('fu-1')).then([verifiedV2('fu-1')]));

  it('closing the last item, already verified sesuai, completes it', () =>
    spec
      .given([...twoItems, followUpSubmitted('fu-2', 'item-2'), verifiedV2('fu-2')])
      .when(close('item-2'))
      .then([itemClosedV2('item-2'), fulfilledEvent(null)]));

  it('verifying sesuai the last closed item completes it', () =>
    spec
      .given([...twoItems, followUpSubmitted('fu-2', 'item-2'), itemClosedV2('item-2')])
      .when(verify('fu-2'))
      .then([verifiedV2('fu-2'), fulfilledEvent(null)]));

  it('a whole-recommendation sesuai while items are open completes it and closes those items', () => {
    const given = [issuedEvent, itemAdded('item-1'), itemAdded('item-2'), followUpSubmitted('fu-1', 'item-1'), itemClosedV2('item-1'), followUpSubmitted('fu-2')];
    spec.given(given).when(verify('fu-2')).then([verifiedV2('fu-2', 'sesuai', 1), fulfilledEvent('fu-2', ['item-2'])]);
    const after = stateAfter([...given, verifiedV2('fu-2', 'sesuai', 1), fulfilledEvent('fu-2', ['item-2'])]);
    expect(after).toMatchObject({ status: 'sesuai', open: false, closure: { kind: 'verified', closedOn: TODAY, reason: 'follow-up fu-2 verified sesuai' } });
    expect(after?.actionItems.map((i) => i.closed)).toEqual([
      { closedOn: TODAY, note: '' },
      { closedOn: TODAY, note: 'follow-up fu-2 verified sesuai' },
    ]);
  });

  it('evolve closes a v2 history only on RecommendationFulfilled, never on the verdict alone', () => {
    expect(stateAfter([issuedEvent, followUpSubmitted(), verifiedV2('fu-1')])).toMatchObject({ open: true, status: 'belum_sesuai' });
    expect(stateAfter([issuedEvent, followUpSubmitted(), verifiedV2('fu-1'), fulfilledEvent('fu-1')])).toMatchObject({ open: false, status: 'sesuai' });
  });

  it('nothing follows a fulfilment: no new follow-up, no verdict', () => {
    const done = [issuedEvent, followUpSubmitted(), followUpSubmitted('fu-2'), verifiedV2('fu-1', 'sesuai', 1), fulfilledEvent('fu-1')];
    spec.given(done).when(submit('fu-3')).thenThrows('RecommendationClosed', 'conflict');
    spec.given(done).when(verify('fu-2')).thenThrows('RecommendationClosed', 'conflict');
  });

  it('the other ways it ends keep their own terminal events', () => {
    expect(stateAfter([issuedEvent, event('RecommendationClosed', { closedOn: TODAY, reason: 'superseded' })])).toMatchObject({ open: false, closure: { kind: 'administrative' } });
    const notActionable = [issuedEvent, event('NotActionableRequested', { reason: 'force majeure', requestedOn: TODAY }), event('NotActionableAccepted', { note: 'ok', acceptedOn: TODAY })];
    expect(stateAfter(notActionable)).toMatchObject({ open: false, status: 'tidak_dapat_ditindaklanjuti' });
  });
});

describe('menunggu_verifikasi: submitted, not yet judged', () => {
  it('goes menunggu_verifikasi, then belum_sesuai on a belum_sesuai verdict, then menunggu_verifikasi again on a new follow-up', () => {
    const submitted = [issuedEvent, followUpSubmitted('fu-1')];
    expect(stateAfter(submitted)?.status).toBe('menunggu_verifikasi');
    const judged = [...submitted, verifiedV2('fu-1', 'belum_sesuai')];
    expect(stateAfter(judged)?.status).toBe('belum_sesuai');
    spec.given(judged).when(submit('fu-2')).thenEvents(([e]) => expect(stateAfter([...judged, e])?.status).toBe('menunggu_verifikasi'));
  });

  it('stays menunggu_verifikasi while another follow-up still awaits an officer, and the verdict says how many', () => {
    const two = [issuedEvent, itemAdded('item-1'), itemAdded('item-2'), followUpSubmitted('fu-1', 'item-1'), followUpSubmitted('fu-2', 'item-2')];
    spec.given(two).when(verify('fu-1', 'belum_sesuai')).then([verifiedV2('fu-1', 'belum_sesuai', 1)]);
    expect(stateAfter([...two, verifiedV2('fu-1', 'belum_sesuai', 1)])?.status).toBe('menunggu_verifikasi');
    expect(stateAfter([...two, verifiedV2('fu-1', 'belum_sesuai', 1), verifiedV2('fu-2', 'belum_sesuai')])?.status).toBe('belum_sesuai');
  });
});

describe('legacy path: v1 histories, stored before RecommendationFulfilled existed', () => {
  it('a v1 sesuai verdict still completes the recommendation (implied), open items left as they were', () => {
    const whole = stateAfter([issuedEvent, itemAdded('item-1'), followUpSubmitted(), verified()]);
    expect(whole).toMatchObject({ status: 'sesuai', open: false, closure: { kind: 'verified', closedOn: TODAY, reason: 'follow-up fu-1 verified sesuai' } });
    expect(whole?.actionItems[0].closed).toBeNull();
  });

  it('a v1 closure of the last verified item still completes it', () =>
    expect(stateAfter([issuedEvent, itemAdded('item-1'), followUpSubmitted('fu-1', 'item-1'), verified('fu-1'), itemClosed('item-1')])).toMatchObject({
      status: 'sesuai',
      open: false,
      closure: { reason: 'every action item closed and verified sesuai' },
    }));

  it('a v1 history reads as before, plus menunggu_verifikasi while a follow-up awaited an officer', () => {
    expect(stateAfter([issuedEvent, followUpSubmitted()])?.status).toBe('menunggu_verifikasi');
    expect(stateAfter([issuedEvent, followUpSubmitted(), verified('fu-1', 'belum_sesuai')])).toMatchObject({ status: 'belum_sesuai', open: true });
  });

  it('a v2 command on a v1 history decides with the same rule', () =>
    spec
      .given([issuedEvent, itemAdded('item-1'), followUpSubmitted('fu-1', 'item-1'), verified('fu-1')])
      .when(close('item-1'))
      .then([itemClosedV2('item-1'), fulfilledEvent(null)]));
});
