import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { EvidenceStaging, EVIDENCE_STORE, EvidenceStore } from '@app/evidence';
import { obligationDecider } from '../../domain/obligation.decider';
import { obligationStream } from '../../obligation.stream';
import { FulfilObligationCommand } from './fulfil-obligation.command';
import { prepareEvidence } from './prepare-evidence';

/**
 * Context: none beyond the obligation (jurisdiction, period). Scope, If-Match and the decision
 * come first; the documents are stored only then, right before the append, and collected again
 * if the append fails, so a refused fulfilment leaves no file behind.
 */
@CommandHandler(FulfilObligationCommand)
export class FulfilObligationHandler implements ICommandHandler<FulfilObligationCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVIDENCE_STORE) private readonly evidenceStore: EvidenceStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  async execute({ obligationId, body, meta }: FulfilObligationCommand): Promise<CommandResult> {
    const { documents, staged } = prepareEvidence(body.evidence, meta.commandId);
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
