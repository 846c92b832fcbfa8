import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { components } from '../api/schema';
import { useToken } from './session';

export type Me = components['schemas']['MeDto'];
export type Role = Me['role'];

/** Who the API says the token belongs to; the console shows only what this role and scope may do. */
export function useMe() {
  const token = useToken();
  return useQuery({ queryKey: ['me', token], queryFn: () => data(api.GET('/v1/me')), staleTime: 5 * 60_000, enabled: token !== null });
}
