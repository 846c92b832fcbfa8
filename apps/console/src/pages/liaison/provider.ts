import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';

export type Provider = components['schemas']['EntityView'];
export type Unit = components['schemas']['UnitView'];

/** The provider as registered: its name, time zone (due dates are days there) and units (OPD) to pick from. */
export function useProvider(code: string | undefined) {
  return useQuery({
    queryKey: ['entity', code],
    queryFn: () => data(api.GET('/v1/entities/{code}', { params: { path: { code: code! } } })),
    enabled: Boolean(code),
    staleTime: 5 * 60_000,
  });
}

/** A unit's registered name, or its id when the unit is not (or no longer) in the register. */
export function unitName(units: readonly Unit[] | undefined, unitId: string | null | undefined): string {
  if (!unitId) return '—';
  return units?.find((u) => u.unitId === unitId)?.name ?? unitId;
}
