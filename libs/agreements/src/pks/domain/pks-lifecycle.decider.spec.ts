import { deciderSpec } from '@app/kernel/testing';
import { pksDecider } from './pks.decider';
import { drafted, finalize, finalized, mou, outsider, sign, signed, terminate, terminated, terminatedMou } from './pks.spec-fixtures';

const spec = deciderSpec(pksDecider);

describe('PKS decider: FinalizePKS', () => {
  it('finalises a draft', () => spec.given([drafted]).when(finalize()).then([finalized]));

  it('finalises under an MoU that has expired: only termination blocks it', () =>
    spec.given([drafted]).when(finalize('2022-06-27', { context: { mou: mou('2022-01-01') } })).then([finalized]));

  it('refuses a PKS that does not exist', () => spec.given([]).when(finalize()).thenThrows('PksNotFound', 'not_found'));
  it('refuses a PKS finalised before', () => spec.given([drafted, finalized]).when(finalize()).thenThrows('PksAlreadyFinalized', 'conflict'));
  it('refuses a signed PKS', () => spec.given([drafted, finalized, signed]).when(finalize()).thenThrows('PksAlreadySigned', 'conflict'));
  it('refuses a terminated PKS', () =>
    spec.given([drafted, finalized, signed, terminated]).when(finalize()).thenThrows('PksTerminated', 'conflict'));
  it('refuses under a terminated MoU', () =>
    spec.given([drafted]).when(finalize('2022-06-27', { context: { mou: terminatedMou() } })).thenThrows('MouTerminated', 'conflict'));
  it('refuses a date before the draft', () => spec.given([drafted]).when(finalize('2022-06-14')).thenThrows('FinalizedBeforeDrafted', 'invalid'));
  it('refuses an officer outside the province', () =>
    spec.given([drafted]).when(finalize('2022-06-27', { actor: outsider })).thenThrows('OutsideScope', 'forbidden'));
});

describe('PKS decider: SignPKS', () => {
  it('signs a finalised PKS with its number and validity', () =>
    spec.given([drafted, finalized]).when(sign({ number: ' 180/12/PKS/2022', validUntil: '2024-07-04' })).then([signed]));

  it('signs without number or validity', () =>
    spec
      .given([drafted, finalized])
      .when(sign())
      .then([{ type: 'PksSigned', data: { ...signed.data, number: null, validUntil: null } }]));

  it('refuses to sign a draft that was not finalised', () =>
    spec.given([drafted]).when(sign()).thenThrows('PksNotFinalized', 'conflict'));
  it('refuses a PKS that does not exist', () => spec.given([]).when(sign()).thenThrows('PksNotFound', 'not_found'));
  it('refuses a PKS signed before', () => spec.given([drafted, finalized, signed]).when(sign()).thenThrows('PksAlreadySigned', 'conflict'));
  it('refuses a terminated PKS', () =>
    spec.given([drafted, finalized, signed, terminated]).when(sign()).thenThrows('PksTerminated', 'conflict'));
  it('refuses under a terminated MoU', () =>
    spec.given([drafted, finalized]).when(sign({}, { context: { mou: terminatedMou() } })).thenThrows('MouTerminated', 'conflict'));
  it('refuses a signing date before finalisation', () =>
    spec.given([drafted, finalized]).when(sign({ signedOn: '2022-06-26' })).thenThrows('SignedBeforeFinalized', 'invalid'));
  it('refuses a validity that does not end after signing', () =>
    spec.given([drafted, finalized]).when(sign({ validUntil: '2022-07-05' })).thenThrows('ValidityBeforeSigning', 'invalid'));
  it('refuses an officer outside the province', () =>
    spec.given([drafted, finalized]).when(sign({}, { actor: outsider })).thenThrows('OutsideScope', 'forbidden'));
});

describe('PKS decider: TerminatePKS', () => {
  it('terminates a signed PKS', () => spec.given([drafted, finalized, signed]).when(terminate()).then([terminated]));

  it('refuses a draft', () => spec.given([drafted]).when(terminate()).thenThrows('PksNotSigned', 'conflict'));
  it('refuses a finalised, unsigned PKS', () => spec.given([drafted, finalized]).when(terminate()).thenThrows('PksNotSigned', 'conflict'));
  it('terminates once only', () =>
    spec.given([drafted, finalized, signed, terminated]).when(terminate()).thenThrows('PksAlreadyTerminated', 'conflict'));
  it('refuses a PKS that does not exist', () => spec.given([]).when(terminate()).thenThrows('PksNotFound', 'not_found'));
  it('refuses a date before signing', () =>
    spec.given([drafted, finalized, signed]).when(terminate({ terminatedOn: '2022-07-04' })).thenThrows('TerminatedBeforeSigning', 'invalid'));
  it('refuses a date after the PKS expired', () =>
    spec.given([drafted, finalized, signed]).when(terminate({ terminatedOn: '2024-07-05' })).thenThrows('PksExpired', 'conflict'));
  it('refuses without a reason', () => spec.given([drafted, finalized, signed]).when(terminate({ reason: '' })).thenThrows('InvalidText'));
  it('refuses an officer outside the province', () =>
    spec.given([drafted, finalized, signed]).when(terminate({}, outsider)).thenThrows('OutsideScope', 'forbidden'));
});

describe('PKS decider: business dates', () => {
  const later = new Date('2024-03-01T01:00:00Z');
  it('dates each act by its own date (occurredAt at the end of that day in WITA) when recorded later', () => {
    spec.given([drafted]).when({ ...finalize('2022-06-27'), now: later }).then([{ ...finalized, occurredAt: new Date('2022-06-27T15:59:59.999Z') }]);
    spec.given([drafted, finalized]).when({ ...sign(), now: later }).thenEvents(([e]) => expect(e.occurredAt).toEqual(new Date('2022-07-05T15:59:59.999Z')));
  });
  it('refuses an act dated after today in the provider zone, and allows today', () => {
    // 2022-06-27T16:30Z is already 28 June 00:30 in WITA
    spec.given([drafted]).when({ ...finalize('2022-06-28'), now: new Date('2022-06-27T16:30:00Z') }).thenEvents(([e]) => expect(e).not.toHaveProperty('occurredAt'));
    spec.given([drafted]).when({ ...finalize('2022-06-28'), now: new Date('2022-06-27T15:30:00Z') }).thenThrows('DateInFuture', 'invalid');
    spec.given([drafted, finalized, signed]).when({ ...terminate({ terminatedOn: '2024-03-02' }), now: later }).thenThrows('DateInFuture', 'invalid');
  });
  it('allows the same day as the act it follows and refuses the day before', () => {
    spec.given([drafted]).when(finalize(drafted.data.draftedOn)).thenEvents(([e]) => expect(e.type).toBe('PksFinalized'));
    spec.given([drafted]).when(finalize('2022-06-14')).thenThrows('FinalizedBeforeDrafted', 'invalid');
  });
});
