import { notFound } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands/aggregate-store';
import { EntityState, entityDecider, entityStream } from '@app/registry';
import { mouDecider } from '../mou/domain/mou.decider';
import { Mou } from '../mou/domain/mou.events';
import { mouStream } from '../mou/mou.stream';
import { pksDecider } from '../pks/domain/pks.decider';
import { Pks } from '../pks/domain/pks.events';
import { pksStream } from '../pks/pks.stream';

export type RegisteredEntity = Extract<EntityState, { status: 'registered' }>;

/** Facts handlers hand to the deciders; a missing referenced aggregate is a 404. */
export async function loadProvider(aggregates: AggregateStore, code: string): Promise<RegisteredEntity> {
  const { state } = await aggregates.load(entityStream(code), entityDecider);
  if (state.status !== 'registered') throw notFound('EntityNotFound', `Provider ${code} is not registered`);
  return state;
}

export async function loadMou(aggregates: AggregateStore, mouId: string): Promise<Mou> {
  const { state } = await aggregates.load(mouStream(mouId), mouDecider);
  if (state.status === 'none') throw notFound('MouNotFound', `MoU ${mouId} does not exist`);
  return state;
}

export async function loadPks(aggregates: AggregateStore, pksId: string): Promise<Pks> {
  const { state } = await aggregates.load(pksStream(pksId), pksDecider);
  if (state.status === 'none') throw notFound('PksNotFound', `PKS ${pksId} does not exist`);
  return state;
}
