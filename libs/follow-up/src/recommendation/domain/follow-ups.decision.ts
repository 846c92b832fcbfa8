import { Actor, conflict, dated, invalid, notFound } from '@app/kernel';
import { requireEvidenceDocuments } from '@app/evidence';
import type { SubmitFollowUp, VerifyFollowUp } from './recommendation.commands';
import { withCompletion } from './completion.decision';
import type { EvidenceDocument, FollowUpReceipt, FollowUpSubmitted, FollowUpVerified, RecommendationFulfilled } from './recommendation.events';
import { actDate, asLiaison, asOfficer, required } from './recommendation.guards';
import type { ActionItem, Recommendation, RecommendationState } from './recommendation.state';
import { OUTSIDE_CHANNELS, RECEIVED_VIA, ReceivedVia, SYSTEM_CHANNEL, VERDICTS } from './recommendation.vocabulary';

/** A follow-up counts only with evidence (DOMAIN.md): the rules every cited document meets, as for obligations (libs/evidence). */
function checkEvidence(evidence: EvidenceDocument[]): EvidenceDocument[] {
  return requireEvidenceDocuments(evidence);
}

function targetItem(rec: Recommendation, itemId: string | null): ActionItem | null {
  if (itemId === null) return null;
  const item = rec.actionItems.find((i) => i.itemId === itemId);
  if (!item) {
    throw invalid('UnknownActionItem', `Recommendation ${rec.recommendationId} has no action item ${itemId}`, [
      { field: 'itemId', message: 'no such action item', allowed: rec.actionItems.map((i) => i.itemId) },
    ]);
  }
  if (item.closed) throw conflict('ActionItemAlreadyClosed', `Action item ${itemId} was closed on ${item.closed.closedOn}`);
  return item;
}

/**
 * Who may submit, and how the follow-up came in. The provider's liaison submits it here
 * (`sistem`, and may claim nothing else); an officer covering the province records one received
 * outside the system on the provider's behalf and must say how (`surat`, `rapat`, …). An admin
 * may do either.
 */
function receipt(command: SubmitFollowUp, state: RecommendationState): { rec: Recommendation; receipt: Partial<FollowUpReceipt> | null } {
  const { actor } = command;
  const via = command.data.receivedVia;
  if (via !== undefined && !RECEIVED_VIA.includes(via)) {
    throw invalid('UnknownReceivedVia', `receivedVia ${String(via)} is not a way a follow-up is received`, [{ field: 'receivedVia', message: 'unknown', allowed: RECEIVED_VIA }]);
  }
  const outside = via !== undefined && via !== SYSTEM_CHANNEL;
  if (actor.role === 'officer' || (actor.role === 'admin' && outside)) {
    const rec = asOfficer(actor, state, 'Record a follow-up received outside the system');
    if (!outside) {
      throw invalid('ReceivedViaRequired', 'An officer records a follow-up on the provider\'s behalf: say how it was received', [
        { field: 'receivedVia', message: via === undefined ? 'missing' : 'the provider submits in the system itself', allowed: OUTSIDE_CHANNELS },
      ]);
    }
    const letterNumber = command.data.letterNumber?.trim();
    return { rec, receipt: { receivedVia: via as ReceivedVia, ...(letterNumber ? { letterNumber } : {}) } };
  }
  const rec = asLiaison(actor, state, 'Submit follow-up');
  if (outside) throw liaisonClaimsOutside(actor);
  if (command.data.letterNumber !== undefined) {
    throw invalid('LetterNumberWithoutLetter', 'A letter number belongs to a follow-up received outside the system, which an officer records', [
      { field: 'letterNumber', message: 'only with a follow-up received outside the system', allowed: `absent, or with receivedVia ${OUTSIDE_CHANNELS.join(', ')}` },
    ]);
  }
  return { rec, receipt: null };
}

const liaisonClaimsOutside = (actor: Actor) =>
  invalid('ReceivedViaNotAllowed', `${actor.id} submits in the system; follow-ups received by letter or at a meeting are recorded by an officer`, [
    { field: 'receivedVia', message: 'only an officer records a follow-up received outside the system', allowed: [SYSTEM_CHANNEL] },
  ]);

/**
 * The liaison reports what was done, for the whole recommendation or one action item; or an
 * officer records such a report received outside the system (see `receipt`). Dated submittedOn:
 * not before the issue, nor before the action item it follows up was added.
 */
export function submitFollowUp(command: SubmitFollowUp, state: RecommendationState): FollowUpSubmitted[] {
  const { rec, receipt: via } = receipt(command, state);
  const { followUpId, itemId } = command.data;
  const summary = required(command.data.summary, 'summary', 'SummaryRequired');
  const evidence = checkEvidence(command.data.evidence);
  const item = targetItem(rec, itemId);
  const itemFloor = item ? [{ date: item.addedOn, name: `the addedOn of action item ${item.itemId}`, code: 'DateBeforeItemAdded' }] : [];
  const submitted = actDate(command, rec, 'submittedOn', command.data.submittedOn, ...itemFloor);
  if (rec.followUps.some((f) => f.followUpId === followUpId)) throw conflict('FollowUpAlreadySubmitted', `Follow-up ${followUpId} was already submitted`);
  const data = { recommendationId: rec.recommendationId, followUpId, itemId, summary, evidence, submittedOn: submitted.on, ...via };
  return [dated<FollowUpSubmitted>({ type: 'FollowUpSubmitted', data }, submitted)];
}

/**
 * An officer judges one follow-up, once: sesuai (implemented) or belum_sesuai (not yet adequate).
 * A sesuai that completes the recommendation is followed by RecommendationFulfilled (see
 * recommendation.completion: a whole-recommendation sesuai completes it and closes open items).
 */
export function verifyFollowUp(command: VerifyFollowUp, state: RecommendationState): Array<FollowUpVerified | RecommendationFulfilled> {
  const rec = asOfficer(command.actor, state, 'Verify follow-up');
  const { followUpId, verdict } = command.data;
  const followUp = rec.followUps.find((f) => f.followUpId === followUpId);
  if (!followUp) throw notFound('FollowUpNotFound', `Recommendation ${rec.recommendationId} has no follow-up ${followUpId}`);
  if (!VERDICTS.includes(verdict)) {
    throw invalid('UnknownVerdict', `verdict ${verdict} is not a verdict`, [{ field: 'verdict', message: 'unknown verdict', allowed: VERDICTS }]);
  }
  const note = required(command.data.note, 'note', 'NoteRequired');
  if (followUp.verification) {
    throw conflict('FollowUpAlreadyVerified', `Follow-up ${followUpId} was verified ${followUp.verification.verdict} on ${followUp.verification.verifiedOn}; the liaison submits a new one`);
  }
  const verified = actDate(command, rec, 'verifiedOn', command.data.verifiedOn, { date: followUp.submittedOn, name: "the follow-up's submittedOn", code: 'DateBeforeSubmission' });
  const verifiedOn = verified.on;
  const awaitingVerification = rec.followUps.filter((f) => f.verification === null && f.followUpId !== followUpId).length;
  const event: FollowUpVerified = {
    type: 'FollowUpVerified',
    data: { recommendationId: rec.recommendationId, followUpId, verdict, note, verifiedOn, completion: 'explicit', awaitingVerification },
  };
  return withCompletion(rec, event, verified);
}
