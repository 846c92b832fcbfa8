import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound, requireLiaisonOf } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
import type { CommandResult } from '@app/platform/commands/command-meta';
import { EVIDENCE_STORE, EvidenceStore } from '../../../evidence/evidence-store.port';
import { obligationDecider } from '../../domain/obligation.decider';
import { obligationStream } from '../../obligation.stream';
import { FulfilObligationCommand } from './fulfil-obligation.command';
import { storeEvidence } from './store-evidence';

/**
 * Context: none beyond the obligation (jurisdiction, period). The uploads go to the evidence
 * store first, so only the provider's liaison of an existing obligation may store bytes.
 */
@CommandHandler(FulfilObligationCommand)
export class FulfilObligationHandler implements ICommandHandler<FulfilObligationCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVIDENCE_STORE) private readonly evidenceStore: EvidenceStore,
  ) {}

  async execute({ obligationId, body, meta }: FulfilObligationCommand): Promise<CommandResult> {
    const stream = obligationStream(obligationId);
    const { state } = await this.aggregates.load(stream, obligationDecider);
    if (!state) throw notFound('ObligationNotFound', `No obligation ${obligationId}`);
    requireLiaisonOf(meta.actor, state, 'Fulfil obligation');
    const evidence = await storeEvidence(this.evidenceStore, body.evidence, meta.commandId);
    return this.aggregates.execute({
      stream,
      id: obligationId,
      decider: obligationDecider,
      command: { type: 'FulfilObligation', data: { evidence, fulfilledOn: body.fulfilledOn }, actor: meta.actor, now: meta.issuedAt },
      meta,
    });
  }
}
