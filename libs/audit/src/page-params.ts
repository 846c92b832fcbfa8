import { optionalIntegerParam } from '@app/platform/http';

export function parsePageParams(from?: string, limit?: string): { fromRevision: number; limit: number } {
  return {
    fromRevision: optionalIntegerParam('query.fromRevision', from, 0, 0, Number.MAX_SAFE_INTEGER),
    limit: optionalIntegerParam('query.limit', limit, 100, 1, 1000),
  };
}
