import type { Jurisdiction } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import type { CommandMeta } from '@app/platform/commands';
import { mouDecider } from '../../domain/mou.decider';
import { mouStream } from '../../mou.stream';
import { ClaimHolderFacts, registrationDecider } from '../../../registration/domain/registration.decider';
import { registrationStream } from '../../../registration/registration.stream';

/**
 * Reserves the provider's own registration number for this MoU in its own stream
 * (`registration-<entityCode>-<slug>`), before the MoU is written.
 *
 * Why a separate stream: the MoU stream is keyed by the Ombudsman number, so only that one is
 * unique by construction, and the store has no multi-stream transaction to check the other.
 * The claim's command id is derived from the SignMoU's (event ids, derived from command ids,
 * are unique store-wide), so a retried SignMoU replays its own claim; causationId links the two.
 * A claim whose MoU was never written (the command failed in between) is stale: the decider
 * lets the next MoU take it over.
 */
export async function claimCounterpartNumber(
  aggregates: AggregateStore,
  input: { counterpartNumber: string; where: Jurisdiction; mouId: string; meta: CommandMeta },
): Promise<void> {
  const { counterpartNumber, where, mouId, meta } = input;
  const stream = registrationStream(where.entityCode, counterpartNumber);
  const { state } = await aggregates.load(stream, registrationDecider);
  const holder = state.status === 'claimed' && state.mouId !== mouId ? await holderFacts(aggregates, state.mouId) : undefined;
  await aggregates.execute({
    stream,
    id: mouId,
    decider: registrationDecider,
    command: {
      type: 'ClaimRegistrationNumber',
      data: { number: counterpartNumber, entityCode: where.entityCode, provinceCode: where.provinceCode, mouId },
      actor: meta.actor,
      now: meta.issuedAt,
      context: { holder },
    },
    // If-Match names the MoU's revision, not the claim's.
    meta: { ...meta, commandId: nameBasedId(`${meta.commandId}/claim`), causationId: meta.commandId, expectedRevision: undefined },
  });
}

async function holderFacts(aggregates: AggregateStore, mouId: string): Promise<ClaimHolderFacts> {
  const { state } = await aggregates.load(mouStream(mouId), mouDecider);
  return { mouId, counterpartNumber: state.status === 'none' ? null : state.counterpartNumber };
}
