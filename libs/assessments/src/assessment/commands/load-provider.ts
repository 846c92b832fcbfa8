import type { Actor } from '@app/kernel';
import { loadVisibleProvider } from '@app/registry';
import type { AggregateStore } from '@app/platform/commands';
import type { ProviderFacts } from '../domain/assessment.rules';

/** The provider's jurisdiction, units and time zone from the registry; 404 (or 403 outside one's scope) when it is not registered. */
export async function loadProvider(aggregates: AggregateStore, entityCode: string, actor: Actor): Promise<ProviderFacts> {
  const state = await loadVisibleProvider(aggregates, entityCode, actor);
  return { ...state.jurisdiction, unitIds: state.units.map((u) => u.unitId), timeZone: state.timezone };
}
