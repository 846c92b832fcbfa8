import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Actor, invalid, requireVisible } from '@app/kernel';
import { EVENT_STORE, EventStore, nameBasedId } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { EvidenceStaging, EVIDENCE_STORE, EvidenceStore, UploadedDocuments, citedDocuments } from '@app/evidence';
import { obligationDecider } from '../../domain/obligation.decider';
import type { Obligation } from '../../domain/obligation.events';
import { obligationStream } from '../../obligation.stream';
import { FulfilObligationCommand } from './fulfil-obligation.command';

/** The obligation as it is now, for the provider whose uploads it may cite: 403 alike for foreign and unknown ones. */
async function loadObligation(aggregates: AggregateStore, id: string, actor: Actor): Promise<Obligation> {
  const { state } = await aggregates.load(obligationStream(id), obligationDecider);
  requireVisible(actor, { exists: state !== null, where: state ?? undefined }, `Obligation ${id}`, 'ObligationNotFound');
  return state as Obligation;
}

/**
 * Context: none beyond the obligation (jurisdiction, period). The documents are decoded and
 * measured first (a cited upload must be the obligation's provider's). Scope, If-Match and the decision
 * come first; the documents are stored only then, right before the append, and collected again
 * if the append fails, so a refused fulfilment leaves no file behind.
 */
@CommandHandler(FulfilObligationCommand)
export class FulfilObligationHandler implements ICommandHandler<FulfilObligationCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVIDENCE_STORE) private readonly evidenceStore: EvidenceStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly uploads: UploadedDocuments,
  ) {}

  async execute({ obligationId, body, meta }: FulfilObligationCommand): Promise<CommandResult> {
    if (body.documents !== undefined && body.evidence !== undefined) {
      throw invalid('AmbiguousDocuments', 'Send the documents once, as `documents` (`evidence` is its former name)', [
        { field: 'evidence', message: 'sent together with documents', allowed: 'either documents or evidence' },
      ]);
    }
    const { documents, staged } = await citedDocuments(body.documents ?? body.evidence, {
      field: body.documents === undefined && body.evidence !== undefined ? 'evidence' : 'documents',
      inlineDocumentId: (i) => nameBasedId(`evidence:${meta.commandId}:${i}`),
      provider: async () => (await loadObligation(this.aggregates, obligationId, meta.actor)).entityCode,
      findUpload: (documentId) => this.uploads.find(documentId),
    });
    const staging = new EvidenceStaging(this.evidenceStore, this.eventStore);
    return staging.storeBeforeAppend(staged, (beforeAppend) =>
      this.aggregates.execute({
        stream: obligationStream(obligationId),
        id: obligationId,
        decider: obligationDecider,
        command: { type: 'FulfilObligation', data: { evidence: documents, fulfilledOn: body.fulfilledOn }, actor: meta.actor, now: meta.issuedAt },
        meta,
        beforeAppend,
      }),
    );
  }
}
