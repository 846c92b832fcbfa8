import type { Actor } from '@app/kernel';
import type { AggregateStore } from '@app/platform/commands';
import { entityDecider } from './domain/entity.decider';
import type { EntityState } from './domain/entity.events';
import { requireVisibleProvider } from './domain/provider-visibility';
import { entityStream } from './entity.stream';

export type RegisteredEntity = Extract<EntityState, { status: 'registered' }>;

/**
 * A provider as other contexts' handlers hand it to their deciders: 404 when it is not registered
 * and the caller may know of it, the same 403 as a foreign one otherwise (requireVisibleProvider).
 */
export async function loadVisibleProvider(aggregates: AggregateStore, code: string, actor: Actor): Promise<RegisteredEntity> {
  const { state } = await aggregates.current(entityStream(code), entityDecider);
  requireVisibleProvider(actor, code, state);
  return state;
}
