import { fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { liaisonPaser, officerBengkulu, officerKaltim } from '../../testing/recommendation.fixtures';
import { recommendationDecider } from './recommendation.decider';
import type { EvidenceDocument, RecommendationEvent } from './recommendation.events';
import { TODAY, command, doc, followUpSubmitted, issuedEvent, itemAdded, itemClosed, liaisonPpu, verified, verifiedV2 } from './recommendation.spec-fixtures';

const spec = deciderSpec(recommendationDecider);
const submit = (data: Partial<{ followUpId: string; itemId: string | null; summary: string; evidence: EvidenceDocument[] }> = {}, actor = liaisonPaser) =>
  command('SubmitFollowUp', { followUpId: 'fu-1', itemId: null, summary: 'Standard published at the counter', evidence: [doc()], ...data }, actor);
const verify = (verdict: 'sesuai' | 'belum_sesuai' = 'sesuai', followUpId = 'fu-1', actor = officerKaltim, note = 'Checked on site') =>
  command('VerifyFollowUp', { followUpId, verdict, note }, actor);
const stateAfter = (events: RecommendationEvent[]) => fold(recommendationDecider, events);

describe('SubmitFollowUp', () => {
  it('records a follow-up with its evidence, dated today', () => spec.given([issuedEvent]).when(submit()).then([followUpSubmitted()]));
  it('is refused without evidence', () => spec.given([issuedEvent]).when(submit({ evidence: [] })).thenThrows('EvidenceRequired', 'invalid'));
  it('is refused with a document lacking its checksum or bytes', () => {
    spec.given([issuedEvent]).when(submit({ evidence: [{ ...doc(), sha256: 'abc' }] })).thenThrows('InvalidEvidence', 'invalid');
    spec.given([issuedEvent]).when(submit({ evidence: [{ ...doc(), size: 0 }] })).thenThrows('InvalidEvidence', 'invalid');
  });
  it('is refused without a summary', () => spec.given([issuedEvent]).when(submit({ summary: '' })).thenThrows('SummaryRequired', 'invalid'));
  it('may target an action item', () =>
    spec.given([issuedEvent, itemAdded()]).when(submit({ itemId: 'item-1' })).then([followUpSubmitted('fu-1', 'item-1')]));
  it('is refused for an unknown or a closed item', () => {
    spec.given([issuedEvent]).when(submit({ itemId: 'item-9' })).thenThrows('UnknownActionItem', 'invalid');
    spec.given([issuedEvent, itemAdded(), followUpSubmitted('fu-1', 'item-1'), itemClosed()]).when(submit({ followUpId: 'fu-2', itemId: 'item-1' })).thenThrows('ActionItemAlreadyClosed');
  });
  it('is refused for the liaison of another provider, and for an officer who does not say how it was received', () => {
    spec.given([issuedEvent]).when(submit({}, liaisonPpu)).thenThrows('OutsideScope', 'forbidden');
    spec.given([issuedEvent]).when(submit({}, officerKaltim)).thenThrows('ReceivedViaRequired', 'invalid');
  });
  it('moves the status from belum_ditindaklanjuti to menunggu_verifikasi (not yet judged)', () => {
    expect(stateAfter([issuedEvent])?.status).toBe('belum_ditindaklanjuti');
    expect(stateAfter([issuedEvent, followUpSubmitted()])?.status).toBe('menunggu_verifikasi');
  });
});

describe('VerifyFollowUp', () => {
  it('records the verdict with a note', () =>
    spec.given([issuedEvent, followUpSubmitted()]).when(verify('belum_sesuai')).then([verifiedV2('fu-1', 'belum_sesuai')]));
  it('sesuai on the recommendation-level follow-up makes it sesuai and closes it', () =>
    expect(stateAfter([issuedEvent, followUpSubmitted(), verified()])).toMatchObject({ status: 'sesuai', open: false, closure: { kind: 'verified', closedOn: TODAY } }));
  it('belum_sesuai keeps it open as belum_sesuai', () =>
    expect(stateAfter([issuedEvent, followUpSubmitted(), verified('fu-1', 'belum_sesuai')])).toMatchObject({ status: 'belum_sesuai', open: true }));
  it('sesuai on an item follow-up closes the recommendation only when every item is closed and verified', () => {
    const two = [issuedEvent, itemAdded('item-1'), itemAdded('item-2'), followUpSubmitted('fu-1', 'item-1'), itemClosed('item-1'), verified('fu-1')];
    expect(stateAfter(two)).toMatchObject({ status: 'belum_sesuai', open: true });
    const closedLast = [...two, followUpSubmitted('fu-2', 'item-2'), verified('fu-2'), itemClosed('item-2')];
    expect(stateAfter(closedLast)).toMatchObject({ status: 'sesuai', open: false });
    const verifiedLast = [...two, followUpSubmitted('fu-2', 'item-2'), itemClosed('item-2'), verified('fu-2')];
    expect(stateAfter(verifiedLast)).toMatchObject({ status: 'sesuai', open: false });
    const judgedNotYet = [...two, followUpSubmitted('fu-2', 'item-2'), itemClosed('item-2'), verified('fu-2', 'belum_sesuai')];
    expect(stateAfter(judgedNotYet)).toMatchObject({ status: 'belum_sesuai', open: true });
  });
  it('needs an officer: not the liaison, not an officer of another province', () => {
    spec.given([issuedEvent, followUpSubmitted()]).when(verify('sesuai', 'fu-1', liaisonPaser)).thenThrows('RoleNotAllowed', 'forbidden');
    spec.given([issuedEvent, followUpSubmitted()]).when(verify('sesuai', 'fu-1', officerBengkulu)).thenThrows('OutsideScope', 'forbidden');
  });
  it('needs a note and a known verdict', () => {
    spec.given([issuedEvent, followUpSubmitted()]).when(verify('sesuai', 'fu-1', officerKaltim, ' ')).thenThrows('NoteRequired', 'invalid');
    spec.given([issuedEvent, followUpSubmitted()]).when(verify('lulus' as never)).thenThrows('UnknownVerdict', 'invalid');
  });
  it('is 404 for an unknown follow-up, and judges each follow-up once', () => {
    spec.given([issuedEvent]).when(verify('sesuai', 'fu-9')).thenThrows('FollowUpNotFound', 'not_found');
    spec.given([issuedEvent, followUpSubmitted(), verified('fu-1', 'belum_sesuai')]).when(verify()).thenThrows('FollowUpAlreadyVerified', 'conflict');
  });
  it('accepts nothing more once sesuai', () =>
    spec.given([issuedEvent, followUpSubmitted(), verified()]).when(submit({ followUpId: 'fu-2' })).thenThrows('RecommendationClosed', 'conflict'));
  it('a later follow-up after belum_sesuai can be verified sesuai', () =>
    expect(stateAfter([issuedEvent, followUpSubmitted(), verified('fu-1', 'belum_sesuai'), followUpSubmitted('fu-2'), verified('fu-2')])?.status).toBe('sesuai'));
  it('keeps the evidence of each follow-up in state', () =>
    expect(stateAfter([issuedEvent, followUpSubmitted()])?.followUps[0]).toMatchObject({ evidence: [doc()], verification: null }));
});
