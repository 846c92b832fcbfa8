import { Actor, requireVisible } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { mouDecider } from '../mou/domain/mou.decider';
import { Mou } from '../mou/domain/mou.events';
import { mouStream } from '../mou/mou.stream';
import { pksDecider } from '../pks/domain/pks.decider';
import { Pks } from '../pks/domain/pks.events';
import { pksStream } from '../pks/pks.stream';

/**
 * Facts handlers hand to the deciders. A missing referenced aggregate is a 404 for a caller who
 * could see it, and the same 403 as a foreign one for everyone else (providers: loadVisibleProvider).
 */
export async function loadMou(aggregates: AggregateStore, mouId: string, actor: Actor): Promise<Mou> {
  const { state } = await aggregates.load(mouStream(mouId), mouDecider);
  requireVisible(actor, { exists: state.status !== 'none', where: state.status === 'none' ? undefined : state.jurisdiction }, `MoU ${mouId}`, 'MouNotFound');
  return state as Mou;
}

export async function loadPks(aggregates: AggregateStore, pksId: string, actor: Actor): Promise<Pks> {
  const { state } = await aggregates.load(pksStream(pksId), pksDecider);
  requireVisible(actor, { exists: state.status !== 'none', where: state.status === 'none' ? undefined : state.jurisdiction }, `PKS ${pksId}`, 'PksNotFound');
  return state as Pks;
}
