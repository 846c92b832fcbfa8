import { MAX_LOG_POSITION, fieldsProblem, integerWithin, parseLogPosition } from '@app/platform/http';

export const DEFAULT_PROVIDER_EVENTS_LIMIT = 100;
export const MAX_PROVIDER_EVENTS_LIMIT = 500;

export interface ProviderEventsParams {
  entityCode: string;
  after: bigint;
  limit: number;
  minPosition?: bigint;
}

/** Codes become Redis key segments: printable ASCII without spaces, like every read-model code. */
const CODE = /^[\x21-\x7e]{1,100}$/;
const KNOWN = ['after', 'limit', 'minPosition'];

type RawQuery = Record<string, unknown>;

/** Strict parsing of the route's path and query; every problem is a 400 naming its field. */
export function parseProviderEventsParams(code: string, query: RawQuery): ProviderEventsParams {
  const problems: Array<{ field: string; message: string; allowed: unknown }> = [];
  const bad = (field: string, message: string, allowed: unknown) => problems.push({ field, message, allowed });
  for (const name of Object.keys(query)) if (!KNOWN.includes(name)) bad(`query.${name}`, `unknown query parameter ${name}`, KNOWN);
  const one = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value === 'string') return value;
    bad(`query.${name}`, `${name} was given more than once`, 'a single value');
    return undefined;
  };
  const position = (name: string): bigint | undefined => {
    const value = one(name);
    if (value === undefined) return undefined;
    // A bigint: positions outgrow 2^53.
    const parsed = parseLogPosition(value);
    if (parsed === undefined) bad(`query.${name}`, `${name} must be a log position (plain digits)`, `an integer from 0 to ${MAX_LOG_POSITION}`);
    return parsed;
  };
  if (!CODE.test(code)) bad('path.code', 'code must be 1–100 printable characters without spaces', 'a provider code, e.g. 64.01');
  const after = position('after') ?? 0n;
  const minPosition = position('minPosition');
  const rawLimit = one('limit');
  const limit = rawLimit === undefined ? DEFAULT_PROVIDER_EVENTS_LIMIT : integerWithin(rawLimit, 1, MAX_PROVIDER_EVENTS_LIMIT);
  if (limit === undefined) bad('query.limit', `limit must be an integer from 1 to ${MAX_PROVIDER_EVENTS_LIMIT}`, `an integer from 1 to ${MAX_PROVIDER_EVENTS_LIMIT}`);
  if (problems.length > 0 || limit === undefined) throw fieldsProblem(problems);
  return { entityCode: code, after, limit, ...(minPosition !== undefined ? { minPosition } : {}) };
}
