import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
import type { CommandMeta } from '@app/platform/commands/command-meta';
import { EVIDENCE_STORE, EvidenceStore } from '../../../evidence/evidence-store.port';
import type { SubmitFollowUp } from '../../domain/recommendation.commands';
import { recommendationDecider } from '../../domain/recommendation.decider';
import type { EvidenceDocument } from '../../domain/recommendation.events';
import { recommendationStream } from '../../domain/recommendation.stream';
import { executeOnRecommendation } from '../on-recommendation';
import { DecodedDocument, decodeDocuments } from './evidence-documents';
import { FollowUpSubmittedResult, SubmitFollowUpCommand } from './submit-follow-up.command';

/**
 * Decodes and measures the documents, asks the decider first (so a refused request stores
 * nothing), stores the bytes through the EvidenceStore, then records the follow-up.
 */
@CommandHandler(SubmitFollowUpCommand)
export class SubmitFollowUpHandler implements ICommandHandler<SubmitFollowUpCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
  ) {}

  async execute({ recommendationId, body, meta }: SubmitFollowUpCommand): Promise<FollowUpSubmittedResult> {
    const followUpId = nameBasedId(`follow-up:${meta.commandId}`);
    const documents = decodeDocuments(followUpId, body.documents ?? []);
    const data = (evidence: EvidenceDocument[]): SubmitFollowUp['data'] => ({ followUpId, itemId: body.itemId ?? null, summary: body.summary, evidence });
    // A repeat of an applied command stores nothing: the AggregateStore answers with the first result.
    const isNew = await this.checkFirst(recommendationId, data(documents.map((d) => d.evidence)), meta);
    const evidence = isNew ? await this.storeAll(documents) : [];
    const result = await executeOnRecommendation(this.aggregates, recommendationId, { type: 'SubmitFollowUp', data: data(evidence) }, meta);
    return { ...result, followUpId };
  }

  private async storeAll(documents: DecodedDocument[]): Promise<EvidenceDocument[]> {
    const evidence: EvidenceDocument[] = [];
    for (const { content, evidence: described } of documents) {
      const stored = await this.store.put(content, { name: described.name, mediaType: described.mediaType });
      evidence.push({ ...described, ...stored });
    }
    return evidence;
  }

  /** False for a repeat of an applied command; throws the decider's refusal before anything is stored. */
  private async checkFirst(recommendationId: string, data: SubmitFollowUp['data'], meta: CommandMeta): Promise<boolean> {
    const { state, events } = await this.aggregates.load(recommendationStream(recommendationId), recommendationDecider);
    if (!state) throw notFound('RecommendationNotFound', `No recommendation ${recommendationId}; issue it with POST /v1/recommendations first`);
    if (events.some((e) => e.metadata.commandId === meta.commandId)) return false;
    recommendationDecider.decide({ type: 'SubmitFollowUp', data, actor: meta.actor, now: meta.issuedAt }, state);
    return true;
  }
}
