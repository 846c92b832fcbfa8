import { conflict, invalid, notFound } from '@app/kernel';
import type { SubmitFollowUp, VerifyFollowUp } from './recommendation.commands';
import { withCompletion } from './completion.decision';
import type { EvidenceDocument, FollowUpSubmitted, FollowUpVerified, RecommendationFulfilled } from './recommendation.events';
import { asLiaison, asOfficer, required, today } from './recommendation.guards';
import type { Recommendation, RecommendationState } from './recommendation.state';
import { VERDICTS } from './recommendation.vocabulary';

const SHA256 = /^[0-9a-f]{64}$/;

/** A follow-up counts only with evidence (DOMAIN.md); the handler stored and measured each document. */
function checkEvidence(evidence: EvidenceDocument[]): EvidenceDocument[] {
  if (!Array.isArray(evidence) || evidence.length === 0) {
    throw invalid('EvidenceRequired', 'A follow-up needs at least one evidence document', [{ field: 'documents', message: 'no documents', allowed: 'one or more documents' }]);
  }
  evidence.forEach((d, i) => {
    if (!d.name?.trim() || !d.mediaType?.trim() || !d.storageKey || !Number.isInteger(d.size) || d.size < 1 || !SHA256.test(d.sha256)) {
      throw invalid('InvalidEvidence', `documents.${i} must have a name, a media type, bytes and their SHA-256`, [
        { field: `documents.${i}`, message: 'incomplete or empty document', allowed: 'a named, non-empty document' },
      ]);
    }
  });
  return evidence.map((d) => ({ ...d, name: d.name.trim() }));
}

function targetItem(rec: Recommendation, itemId: string | null): void {
  if (itemId === null) return;
  const item = rec.actionItems.find((i) => i.itemId === itemId);
  if (!item) {
    throw invalid('UnknownActionItem', `Recommendation ${rec.recommendationId} has no action item ${itemId}`, [
      { field: 'itemId', message: 'no such action item', allowed: rec.actionItems.map((i) => i.itemId) },
    ]);
  }
  if (item.closed) throw conflict('ActionItemAlreadyClosed', `Action item ${itemId} was closed on ${item.closed.closedOn}`);
}

/** The liaison reports what was done, for the whole recommendation or one action item. */
export function submitFollowUp(command: SubmitFollowUp, state: RecommendationState): FollowUpSubmitted[] {
  const rec = asLiaison(command.actor, state, 'Submit follow-up');
  const { followUpId, itemId } = command.data;
  const summary = required(command.data.summary, 'summary', 'SummaryRequired');
  const evidence = checkEvidence(command.data.evidence);
  targetItem(rec, itemId);
  if (rec.followUps.some((f) => f.followUpId === followUpId)) throw conflict('FollowUpAlreadySubmitted', `Follow-up ${followUpId} was already submitted`);
  return [{ type: 'FollowUpSubmitted', data: { recommendationId: rec.recommendationId, followUpId, itemId, summary, evidence, submittedOn: today(command, rec) } }];
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
  const verifiedOn = today(command, rec);
  const awaitingVerification = rec.followUps.filter((f) => f.verification === null && f.followUpId !== followUpId).length;
  const event: FollowUpVerified = {
    type: 'FollowUpVerified',
    data: { recommendationId: rec.recommendationId, followUpId, verdict, note, verifiedOn, completion: 'explicit', awaitingVerification },
  };
  return withCompletion(rec, event, verifiedOn);
}
