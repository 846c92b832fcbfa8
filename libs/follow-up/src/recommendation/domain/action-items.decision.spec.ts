import { deciderSpec } from '@app/kernel/testing';
import { admin, liaisonPaser, officerKaltim } from '../../testing/recommendation.fixtures';
import { recommendationDecider } from './recommendation.decider';
import { REC, TODAY, command, event, followUpSubmitted, issuedEvent, itemAdded, itemClosed, itemClosedV2, liaisonPpu } from './recommendation.spec-fixtures';

const spec = deciderSpec(recommendationDecider);
const units = { unitIds: ['dpmptsp', 'disdukcapil', 'dinkes'] };
const add = (data: Partial<{ itemId: string; unitId: string; title: string; dueOn: string }> = {}, actor = liaisonPaser) =>
  command('AddActionItem', { itemId: 'item-1', unitId: 'dpmptsp', title: 'Display the service standard', dueOn: '2025-07-15', ...data }, actor, { context: units });
const close = (itemId = 'item-1', actor = liaisonPaser) => command('CloseActionItem', { itemId, note: ' done ' }, actor);

describe('AddActionItem', () => {
  it("assigns an item to a unit, due at the end of its day in the provider's zone", () =>
    spec.given([issuedEvent]).when(add()).then([itemAdded()]));
  it("accepts the recommendation's own due date", () =>
    spec.given([issuedEvent]).when(add({ dueOn: '2025-07-31' })).then([itemAdded('item-1', '2025-07-31')]));
  it("refuses an item due after the recommendation's due date", () =>
    spec.given([issuedEvent]).when(add({ dueOn: '2025-08-01' })).thenThrows('ActionItemDueAfterRecommendation', 'invalid'));
  it('measures against the current (extended) deadline', () => {
    const approved = event('DeadlineExtensionApproved', {
      requestId: 'x-1',
      deadline: { version: 2, dueOn: '2025-09-30', dueAt: '2025-09-30T16:00:00.000Z', timeZone: 'WITA' },
      approvedOn: TODAY,
      note: '',
    });
    spec.given([issuedEvent, approved]).when(add({ dueOn: '2025-09-30' })).then([itemAdded('item-1', '2025-09-30')]);
  });
  it('refuses an item due before the recommendation was issued', () =>
    spec.given([issuedEvent]).when(add({ dueOn: '2025-03-09' })).thenThrows('ActionItemDueBeforeIssue', 'invalid'));
  it('refuses a unit not registered under the provider', () =>
    spec.given([issuedEvent]).when(add({ unitId: 'rsud-ulin' })).thenThrows('UnknownUnit', 'invalid'));
  it('refuses an empty title', () => spec.given([issuedEvent]).when(add({ title: ' ' })).thenThrows('TitleRequired', 'invalid'));
  it('refuses a duplicate item id', () => spec.given([issuedEvent, itemAdded()]).when(add()).thenThrows('ActionItemAlreadyExists', 'conflict'));
  it('refuses the liaison of another provider', () => spec.given([issuedEvent]).when(add({}, liaisonPpu)).thenThrows('OutsideScope', 'forbidden'));
  it('refuses an officer (provider-side act)', () => spec.given([issuedEvent]).when(add({}, officerKaltim)).thenThrows('RoleNotAllowed', 'forbidden'));
  it('lets an admin act for the provider', () => spec.given([issuedEvent]).when(add({}, admin)).then([itemAdded()]));
  it('is 404 before the recommendation is issued', () => spec.given([]).when(add()).thenThrows('RecommendationNotFound', 'not_found'));
  it('refuses once the recommendation is closed', () =>
    spec.given([issuedEvent, event('RecommendationClosed', { closedOn: TODAY, reason: 'superseded' })]).when(add()).thenThrows('RecommendationClosed', 'conflict'));
});

describe('CloseActionItem', () => {
  it('refuses closing an item without a follow-up for it (evidence first)', () =>
    spec.given([issuedEvent, itemAdded(), followUpSubmitted('fu-1', null)]).when(close()).thenThrows('FollowUpRequired', 'conflict'));
  it('closes an item with a follow-up, dated today in the provider zone', () =>
    spec
      .given([issuedEvent, itemAdded(), followUpSubmitted('fu-1', 'item-1')])
      .when(close())
      .then([itemClosedV2('item-1', 'done')]));
  it('is 404 for an unknown item', () => spec.given([issuedEvent]).when(close('nope')).thenThrows('ActionItemNotFound', 'not_found'));
  it('refuses closing twice', () =>
    spec.given([issuedEvent, itemAdded(), followUpSubmitted('fu-1', 'item-1'), itemClosed()]).when(close()).thenThrows('ActionItemAlreadyClosed', 'conflict'));
  it('refuses the liaison of another provider', () =>
    spec.given([issuedEvent, itemAdded(), followUpSubmitted('fu-1', 'item-1')]).when(close('item-1', liaisonPpu)).thenThrows('OutsideScope', 'forbidden'));
  it('names the recommendation in its refusals', () =>
    expect(() => recommendationDecider.decide(close('nope'), recommendationDecider.evolve(null, issuedEvent))).toThrow(REC));
});
