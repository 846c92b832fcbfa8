import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';

export type ProviderKind = components['schemas']['ProviderListItemDto']['kind'];
export type ComplianceEntry = components['schemas']['ComplianceEntryDto'];
export type Methodology = components['schemas']['MethodologyView'];
export type Zone = 'merah' | 'kuning' | 'hijau';

export const PROVIDER_KINDS: ProviderKind[] = ['provinsi', 'kabupaten', 'kota', 'kementerian', 'lembaga'];

/** The provinces the reader may see (the API scopes the list), for province selectors; names rarely change. */
export function useProvinces() {
  return useQuery({
    queryKey: ['providers', 'provinces'],
    queryFn: () => data(api.GET('/v1/entities', { params: { query: { kind: 'provinsi', limit: '100' } } })),
    select: (list) => list.items.map((p) => ({ code: p.code, name: p.name })),
    staleTime: 30 * 60_000,
  });
}

/** Every methodology with its bands: the edges of categories and zones are the API's, per year, never the console's. */
export function useMethodologies() {
  return useQuery({
    queryKey: ['methodologies'],
    queryFn: () => data(api.GET('/v1/methodologies')),
    staleTime: 60 * 60_000,
  });
}

/** The methodology an assessment of `year` is graded by, if any (none was held in 2020). */
export function methodologyOf(methodologies: readonly Methodology[], year: number): Methodology | undefined {
  return methodologies.find((m) => (m.fromYear === null || m.fromYear <= year) && (m.toYear === null || year <= m.toYear));
}

export const ZONE_COLOURS: Record<Zone, string> = { merah: '#e03131', kuning: '#f08c00', hijau: '#2f9e44' };
