import { forbidden } from '@app/kernel';
import { requireCovers, requireProvince, type ReadScope, type ReadSource } from '@app/platform/read-query';
import { itemKeys as K } from './follow-up-items.keys';

/**
 * 403 when a filter asks for more than the reader may see: a province outside an officer's, a
 * provider that is not the liaison's or lies outside the officer's provinces. An unknown
 * provider is not refused: the list simply comes back empty.
 */
export async function requireFilterScope(source: ReadSource, scope: ReadScope, filters: { province?: string; entity?: string }): Promise<void> {
  if (filters.province !== undefined) requireProvince(scope, filters.province);
  if (filters.entity === undefined || scope.kind === 'all') return;
  if (scope.kind === 'entity') {
    if (filters.entity !== scope.entityCode) throw forbidden('OutsideScope', `You read provider ${scope.entityCode} only, not ${filters.entity}`);
    return;
  }
  const province = await source.redis.hget(source.view.key(K.entity(filters.entity)), 'provinceCode');
  if (province !== null) requireCovers(scope, { entityCode: filters.entity, provinceCode: province || null });
}
