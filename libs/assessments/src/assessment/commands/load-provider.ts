import { notFound } from '@app/kernel';
import { entityDecider, entityStream } from '@app/registry';
import type { AggregateStore } from '@app/platform/commands/aggregate-store';
import type { ProviderFacts } from '../domain/assessment.rules';

/** The provider's jurisdiction and units from the registry; 404 when it is not registered. */
export async function loadProvider(aggregates: AggregateStore, entityCode: string): Promise<ProviderFacts> {
  const { state } = await aggregates.load(entityStream(entityCode), entityDecider);
  if (state.status !== 'registered') {
    throw notFound('EntityNotFound', `Provider ${entityCode} is not registered; register it with POST /v1/entities first`);
  }
  return { ...state.jurisdiction, unitIds: state.units.map((u) => u.unitId) };
}
