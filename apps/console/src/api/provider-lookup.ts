import { useQuery } from '@tanstack/react-query';
import { api, data } from './client';

/** What a provider code looks like (`64.01`, `K-KEMENDAGRI`); anything else is not worth asking the API about. */
const PROVIDER_CODE = /^[0-9A-Z][0-9A-Z.-]*$/i;

/**
 * The provider a form's code field names, looked up as the officer types, so the form can show its
 * name, zone and units (or say the code is unknown) before anything is sent.
 */
export function useProviderLookup(code: string) {
  return useQuery({
    queryKey: ['entity', code],
    queryFn: () => data(api.GET('/v1/entities/{code}', { params: { path: { code } } })),
    enabled: PROVIDER_CODE.test(code),
    retry: false,
    staleTime: 5 * 60_000,
  });
}
