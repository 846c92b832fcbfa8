import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, nameBasedId } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import { EvidenceStaging, EVIDENCE_STORE, EvidenceStore, UploadedDocuments, citedDocuments } from '@app/evidence';
import { executeOnRecommendation, loadRecommendation } from '../on-recommendation';
import { FollowUpSubmittedResult, SubmitFollowUpCommand } from './submit-follow-up.command';

/**
 * Decodes and measures the documents (which says where the content-addressed store will put
 * them; a cited upload must be the recommendation's provider's), lets scope, If-Match and the decider judge first, stores the bytes right before the
 * append, and collects them again if the append fails: a refused request stores nothing.
 */
@CommandHandler(SubmitFollowUpCommand)
export class SubmitFollowUpHandler implements ICommandHandler<SubmitFollowUpCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly uploads: UploadedDocuments,
  ) {}

  async execute({ recommendationId, body, meta }: SubmitFollowUpCommand): Promise<FollowUpSubmittedResult> {
    const followUpId = nameBasedId(`follow-up:${meta.commandId}`);
    const { documents, staged } = await citedDocuments(body.documents, {
      field: 'documents',
      inlineDocumentId: (i) => nameBasedId(`${followUpId}/document/${i}`),
      provider: async () => (await loadRecommendation(this.aggregates, recommendationId, meta.actor)).entityCode,
      findUpload: (documentId) => this.uploads.find(documentId),
    });
    const { submittedOn, receivedVia, letterNumber } = body;
    const data = { followUpId, itemId: body.itemId ?? null, summary: body.summary, evidence: documents, submittedOn, receivedVia, letterNumber };
    const staging = new EvidenceStaging(this.store, this.events);
    const result = await staging.storeBeforeAppend(staged, (beforeAppend) =>
      executeOnRecommendation(this.aggregates, recommendationId, { type: 'SubmitFollowUp', data }, meta, beforeAppend),
    );
    return { ...result, followUpId };
  }
}
