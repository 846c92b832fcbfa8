import { Actor, requireVisible } from '@app/kernel';
import { entityDecider, entityStream } from '@app/registry';
import type { AggregateStore, CommandMeta, CommandResult } from '@app/platform/commands';
import type { RecommendationCommand } from '../domain/recommendation.commands';
import { recommendationDecider } from '../domain/recommendation.decider';
import type { Recommendation } from '../domain/recommendation.state';
import { recommendationStream } from '../domain/recommendation.stream';

type Body<C> = C extends RecommendationCommand ? Omit<C, 'actor' | 'now'> : never;

/** Runs a lifecycle command on `recommendation-<id>` as the request's actor, at its business time. */
export function executeOnRecommendation(
  aggregates: AggregateStore,
  id: string,
  command: Body<RecommendationCommand>,
  meta: CommandMeta,
  /** Side effects the events depend on, run once the decision stands (see AggregateStore). */
  beforeAppend?: () => Promise<void>,
): Promise<CommandResult> {
  return aggregates.execute({
    stream: recommendationStream(id),
    id,
    decider: recommendationDecider,
    command: { ...command, actor: meta.actor, now: meta.issuedAt } as RecommendationCommand,
    meta,
    beforeAppend,
  });
}

/** The recommendation as it is now; 404 when it was never issued (403 alike with a foreign one, outside one's scope). */
export async function loadRecommendation(aggregates: AggregateStore, id: string, actor: Actor): Promise<Recommendation> {
  const { state } = await aggregates.load(recommendationStream(id), recommendationDecider);
  requireVisible(actor, { exists: state !== null, where: state ?? undefined }, `Recommendation ${id}`, 'RecommendationNotFound');
  return state as Recommendation;
}

/** The units registered under a provider now, from the registry. */
export async function providerUnitIds(aggregates: AggregateStore, entityCode: string): Promise<string[]> {
  const { state } = await aggregates.load(entityStream(entityCode), entityDecider);
  return state.status === 'registered' ? state.units.map((u) => u.unitId) : [];
}
