import { fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { issueCmd, jayapura, liaisonPaser, officerBengkulu, officerKaltim } from '../../testing/recommendation.fixtures';
import { recommendationDecider } from './recommendation.decider';
import type { RecommendationEvent } from './recommendation.events';
import { TODAY, command, doc, event, followUpSubmitted, issuedEvent, itemAdded } from './recommendation.spec-fixtures';

/**
 * Every lifecycle act takes its business date (default: today in the provider's zone), never in
 * the future there, never before its subject; the event carries it as occurredAt. The spec
 * recommendation is Kab. Paser's (WITA), issued 2025-03-10; "now" is 2025-06-01 11:00 WITA.
 */
const spec = deciderSpec(recommendationDecider);
const endOfDayWita = (date: string) => new Date(`${date}T15:59:59.999Z`);
const ISSUED_ON = '2025-03-10';

const submit = (data: Record<string, unknown> = {}, actor = liaisonPaser) =>
  command('SubmitFollowUp', { followUpId: 'fu-1', itemId: null, summary: 'Standard published at the counter', evidence: [doc()], ...data }, actor);
const submittedOn = (date: string, itemId: string | null = null) =>
  event('FollowUpSubmitted', { followUpId: 'fu-1', itemId, summary: 'Standard published at the counter', evidence: [doc()], submittedOn: date });
const verify = (data: Record<string, unknown> = {}) => command('VerifyFollowUp', { followUpId: 'fu-1', verdict: 'sesuai', note: 'Checked', ...data }, officerKaltim);

describe('business dates on the recommendation lifecycle', () => {
  describe('SubmitFollowUp submittedOn', () => {
    it('dates a follow-up received earlier, and the event occurred at the end of that day in the provider zone', () =>
      spec
        .given([issuedEvent])
        .when(submit({ submittedOn: '2025-04-02' }))
        .then([{ ...submittedOn('2025-04-02'), occurredAt: endOfDayWita('2025-04-02') }]));
    it('allows the issue day and refuses the day before it (DateBeforeIssue naming what is allowed)', () => {
      spec.given([issuedEvent]).when(submit({ submittedOn: ISSUED_ON })).thenEvents(([e]) => expect(e.data).toMatchObject({ submittedOn: ISSUED_ON }));
      spec.given([issuedEvent]).when(submit({ submittedOn: '2025-03-09' })).thenThrows('DateBeforeIssue', 'invalid');
      expect(() => recommendationDecider.decide(submit({ submittedOn: '2025-03-09' }), fold(recommendationDecider, [issuedEvent]))).toThrow(
        expect.objectContaining({ fields: [{ field: 'submittedOn', message: 'before issuedOn', allowed: `submittedOn ≥ ${ISSUED_ON}` }] }),
      );
    });
    it('allows today (no occurredAt: it happened now) and refuses tomorrow in the provider zone', () => {
      spec.given([issuedEvent]).when(submit({ submittedOn: TODAY })).then([followUpSubmitted()]);
      spec.given([issuedEvent]).when(submit({ submittedOn: '2025-06-02' })).thenThrows('DateInFuture', 'invalid');
    });
    it('judges today where the provider is: a WIT provider at 23:30 UTC is already on the next day', () => {
      const [issued] = recommendationDecider.decide(issueCmd(jayapura, { issuedOn: '2025-06-01', dueOn: '2025-07-31' }), null);
      const at = new Date('2025-06-01T23:30:00Z'); // 2 June 08:30 WIT
      const late = (date: string) => ({ ...submit({ submittedOn: date }, { id: 'liaison-jayapura', role: 'liaison', entityCode: '91.71' }), now: at });
      spec.given([issued]).when(late('2025-06-02')).thenEvents(([e]) => expect(e).not.toHaveProperty('occurredAt'));
      spec.given([issued]).when(late('2025-06-03')).thenThrows('DateInFuture', 'invalid');
    });
    it('is not dated before the action item it follows up was added', () => {
      const item = itemAdded('item-1', '2025-07-15', '2025-04-01');
      spec.given([issuedEvent, item]).when(submit({ itemId: 'item-1', submittedOn: '2025-04-01' })).thenEvents(([e]) => expect(e.data).toMatchObject({ submittedOn: '2025-04-01' }));
      spec.given([issuedEvent, item]).when(submit({ itemId: 'item-1', submittedOn: '2025-03-31' })).thenThrows('DateBeforeItemAdded', 'invalid');
    });
  });

  describe('VerifyFollowUp verifiedOn and the completion it causes', () => {
    it('dates the verdict and the RecommendationFulfilled it triggers by the verification', () =>
      spec.given([issuedEvent, submittedOn('2025-04-02')]).when(verify({ verifiedOn: '2025-04-10' })).thenEvents((events) => {
        expect(events.map((e) => [e.type, e.occurredAt])).toEqual([
          ['FollowUpVerified', endOfDayWita('2025-04-10')],
          ['RecommendationFulfilled', endOfDayWita('2025-04-10')],
        ]);
        expect(events[1].data).toMatchObject({ fulfilledOn: '2025-04-10' });
      }));
    it('allows the submission day and refuses the day before (DateBeforeSubmission)', () => {
      spec.given([issuedEvent, submittedOn('2025-04-02')]).when(verify({ verifiedOn: '2025-04-02' })).thenEvents(([e]) => expect(e.data).toMatchObject({ verifiedOn: '2025-04-02' }));
      spec.given([issuedEvent, submittedOn('2025-04-02')]).when(verify({ verifiedOn: '2025-04-01' })).thenThrows('DateBeforeSubmission', 'invalid');
    });
    it('refuses a verification dated tomorrow', () => spec.given([issuedEvent, followUpSubmitted()]).when(verify({ verifiedOn: '2025-06-02' })).thenThrows('DateInFuture', 'invalid'));
  });

  describe('action items: addedOn and closedOn', () => {
    const add = (addedOn?: string) => command('AddActionItem', { itemId: 'item-1', unitId: 'dpmptsp', title: 'Display the service standard', dueOn: '2025-07-15', addedOn }, liaisonPaser, { context: { unitIds: ['dpmptsp'] } });
    const close = (closedOn: string) => command('CloseActionItem', { itemId: 'item-1', note: '', closedOn }, liaisonPaser);
    it('records when the item was added, not before the issue', () => {
      spec.given([issuedEvent]).when(add('2025-03-10')).then([{ ...itemAdded('item-1', '2025-07-15', '2025-03-10'), occurredAt: endOfDayWita('2025-03-10') }]);
      spec.given([issuedEvent]).when(add('2025-03-09')).thenThrows('DateBeforeIssue', 'invalid');
    });
    it('closes an item not before it was added nor before its follow-up, and its completion is dated by the closure', () => {
      const verifiedSesuai = event('FollowUpVerified', { followUpId: 'fu-1', verdict: 'sesuai', note: 'ok', verifiedOn: '2025-04-06', completion: 'explicit', awaitingVerification: 0 });
      const history = [issuedEvent, itemAdded('item-1', '2025-07-15', '2025-04-01'), submittedOn('2025-04-05', 'item-1'), verifiedSesuai];
      spec.given(history).when(close('2025-03-31')).thenThrows('DateBeforeItemAdded', 'invalid');
      spec.given(history).when(close('2025-04-04')).thenThrows('DateBeforeSubmission', 'invalid');
      spec.given(history).when(close('2025-04-05')).thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual(['ActionItemClosed', 'RecommendationFulfilled']);
        expect(events.map((e) => e.occurredAt)).toEqual([endOfDayWita('2025-04-05'), endOfDayWita('2025-04-05')]);
      });
    });
    it('takes an item stored without addedOn as added on the issue date', () => {
      const legacy = event('ActionItemAdded', { itemId: 'item-1', unitId: 'dpmptsp', title: 'Display', dueOn: '2025-07-15', dueAt: '2025-07-15T16:00:00.000Z' });
      expect((fold(recommendationDecider, [issuedEvent, legacy]) as { actionItems: Array<{ addedOn: string }> }).actionItems[0].addedOn).toBe(ISSUED_ON);
    });
  });

  describe('not actionable and extensions: a decision not before its request', () => {
    const naRequested = event('NotActionableRequested', { reason: 'Flood', requestedOn: '2025-05-01' });
    const xRequested = event('DeadlineExtensionRequested', { requestId: 'x-1', proposedDueOn: '2025-09-30', reason: 'Budget', requestedOn: '2025-05-01' });
    it('dates a not-actionable request, refusing one before the issue', () => {
      const request = (requestedOn: string) => command('RequestNotActionable', { reason: 'Flood', requestedOn }, liaisonPaser);
      spec.given([issuedEvent]).when(request('2025-05-01')).then([{ ...naRequested, occurredAt: endOfDayWita('2025-05-01') }]);
      spec.given([issuedEvent]).when(request('2025-03-09')).thenThrows('DateBeforeIssue', 'invalid');
    });
    it.each([
      ['AcceptNotActionable', 'acceptedOn'],
      ['RejectNotActionable', 'rejectedOn'],
    ] as const)('%s: same day as the request allowed, the day before refused (DateBeforeRequest)', (type, field) => {
      const decide = (date: string) => command(type, { note: 'Checked', [field]: date } as never, officerKaltim);
      spec.given([issuedEvent, naRequested]).when(decide('2025-05-01')).thenEvents(([e]) => expect(e.occurredAt).toEqual(endOfDayWita('2025-05-01')));
      spec.given([issuedEvent, naRequested]).when(decide('2025-04-30')).thenThrows('DateBeforeRequest', 'invalid');
    });
    it('dates an extension request, refusing one in the future', () => {
      const request = (requestedOn: string) => command('RequestDeadlineExtension', { requestId: 'x-1', proposedDueOn: '2025-09-30', reason: 'Budget', requestedOn }, liaisonPaser);
      spec.given([issuedEvent]).when(request('2025-05-01')).thenEvents(([e]) => expect(e).toMatchObject({ data: { requestedOn: '2025-05-01' }, occurredAt: endOfDayWita('2025-05-01') }));
      spec.given([issuedEvent]).when(request('2025-06-02')).thenThrows('DateInFuture', 'invalid');
    });
    it.each([
      ['ApproveDeadlineExtension', 'approvedOn'],
      ['RefuseDeadlineExtension', 'refusedOn'],
    ] as const)('%s: same day as the request allowed, the day before refused (DateBeforeRequest)', (type, field) => {
      const decide = (date: string) => command(type, { requestId: 'x-1', note: 'Checked', [field]: date } as never, officerKaltim);
      spec.given([issuedEvent, xRequested]).when(decide('2025-05-01')).thenEvents(([e]) => expect(e).toMatchObject({ data: { [field]: '2025-05-01' }, occurredAt: endOfDayWita('2025-05-01') }));
      spec.given([issuedEvent, xRequested]).when(decide('2025-04-30')).thenThrows('DateBeforeRequest', 'invalid');
    });
  });

  describe('CloseRecommendation closedOn', () => {
    const close = (closedOn?: string) => command('CloseRecommendation', { reason: 'Superseded', closedOn }, officerKaltim);
    it('dates the closure, not before the issue nor in the future', () => {
      spec.given([issuedEvent]).when(close('2025-03-10')).then([{ ...event('RecommendationClosed', { provinceCode: '64', closedOn: '2025-03-10', reason: 'Superseded' }), occurredAt: endOfDayWita('2025-03-10') }]);
      spec.given([issuedEvent]).when(close('2025-03-09')).thenThrows('DateBeforeIssue', 'invalid');
      spec.given([issuedEvent]).when(close('2025-06-02')).thenThrows('DateInFuture', 'invalid');
      spec.given([issuedEvent]).when(close()).then([event('RecommendationClosed', { provinceCode: '64', closedOn: TODAY, reason: 'Superseded' })]);
    });
  });
});

describe('follow-ups received outside the system (receivedVia)', () => {
  const received = (data: Record<string, unknown>, actor = officerKaltim) => submit({ submittedOn: '2025-04-02', ...data }, actor);
  it('lets an officer covering the province record one received by letter, with the letter number and date', () =>
    spec
      .given([issuedEvent])
      .when(received({ receivedVia: 'surat', letterNumber: ' 700/123/Org ' }))
      .then([{ ...event('FollowUpSubmitted', { followUpId: 'fu-1', itemId: null, summary: 'Standard published at the counter', evidence: [doc()], submittedOn: '2025-04-02', receivedVia: 'surat', letterNumber: '700/123/Org' }), occurredAt: endOfDayWita('2025-04-02') }]));
  it('requires the officer to say how it was received: absent or sistem is refused, listing the ways', () => {
    spec.given([issuedEvent]).when(received({})).thenThrows('ReceivedViaRequired', 'invalid');
    spec.given([issuedEvent]).when(received({ receivedVia: 'sistem' })).thenThrows('ReceivedViaRequired', 'invalid');
    expect(() => recommendationDecider.decide(received({}), fold(recommendationDecider, [issuedEvent]))).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ field: 'receivedVia', allowed: ['surat', 'rapat', 'email', 'lainnya'] })] }),
    );
  });
  it('refuses an officer of another province', () => spec.given([issuedEvent]).when(received({ receivedVia: 'rapat' }, officerBengkulu)).thenThrows('OutsideScope', 'forbidden'));
  it('refuses a liaison claiming it came outside the system; sistem is the liaison’s own', () => {
    spec.given([issuedEvent]).when(received({ receivedVia: 'surat' }, liaisonPaser)).thenThrows('ReceivedViaNotAllowed', 'invalid');
    spec.given([issuedEvent]).when(received({ receivedVia: 'sistem' }, liaisonPaser)).thenEvents(([e]) => expect(e.data).not.toHaveProperty('receivedVia'));
    spec.given([issuedEvent]).when(received({ letterNumber: '700/1' }, liaisonPaser)).thenThrows('LetterNumberWithoutLetter', 'invalid');
  });
  it('folds follow-ups stored without receivedVia as submitted in the system', () => {
    const state = fold(recommendationDecider, [issuedEvent, followUpSubmitted()] as RecommendationEvent[]);
    expect(state?.followUps[0]).toMatchObject({ receivedVia: 'sistem', letterNumber: null });
    const byLetter = fold(recommendationDecider, [issuedEvent, event('FollowUpSubmitted', { followUpId: 'fu-1', itemId: null, summary: 's', evidence: [doc()], submittedOn: '2025-04-02', receivedVia: 'surat' })]);
    expect(byLetter?.followUps[0]).toMatchObject({ receivedVia: 'surat', letterNumber: null });
  });
});
