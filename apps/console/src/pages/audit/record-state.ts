import { api, data } from '../../api/client';

/** Which axis a past state is read on: asOf = what the system had recorded by then; validAt = what held then, as known now. */
export type TimeAxis = 'asOf' | 'validAt';

/** Stream categories whose aggregate the API can read as of a past time (GET with asOf / validAt). */
const READERS: Record<string, (id: string, query: Partial<Record<TimeAxis, string>>) => Promise<unknown>> = {
  recommendation: (id, query) => data(api.GET('/v1/recommendations/{id}', { params: { path: { id }, query } })),
  obligation: (id, query) => data(api.GET('/v1/obligations/{id}', { params: { path: { id }, query } })),
  entity: (code, query) => data(api.GET('/v1/entities/{code}', { params: { path: { code }, query } })),
  assessment: (id, query) => data(api.GET('/v1/assessments/{id}', { params: { path: { id }, query } })),
  mou: (id, query) => data(api.GET('/v1/mous/{id}', { params: { path: { id }, query } })),
  pks: (id, query) => data(api.GET('/v1/pks/{id}', { params: { path: { id }, query } })),
};

/** `recommendation-0b0f…` → category and id (the category never contains '-'). */
export function splitStream(stream: string): { category: string; id: string } {
  const dash = stream.indexOf('-');
  return dash < 0 ? { category: stream, id: '' } : { category: stream.slice(0, dash), id: stream.slice(dash + 1) };
}

export function canReadPastState(stream: string): boolean {
  const { category, id } = splitStream(stream);
  return id !== '' && category in READERS;
}

/** The record now (no cut) or at a cut on one axis; a bare date means the end of that day in the provider's zone. */
export async function readState(stream: string, cut?: { axis: TimeAxis; at: string }): Promise<Record<string, unknown>> {
  const { category, id } = splitStream(stream);
  const reader = READERS[category];
  if (!reader) throw new Error(`No aggregate read for ${category}`);
  return (await reader(id, cut ? { [cut.axis]: cut.at } : {})) as Record<string, unknown>;
}

export interface FieldRow {
  field: string;
  then: string;
  now: string;
  changed: boolean;
}

/**
 * The two states as rows an auditor can compare: scalar fields as they are, nested objects by
 * their own scalar fields (deadline.dueOn), lists by their length. Big blobs are left to the event data.
 */
export function compareStates(then: Record<string, unknown> | null, now: Record<string, unknown>): FieldRow[] {
  const left = flatten(then ?? {});
  const right = flatten(now);
  const fields = [...new Set([...Object.keys(right), ...Object.keys(left)])];
  return fields.map((field) => ({ field, then: left[field] ?? '—', now: right[field] ?? '—', changed: (left[field] ?? '—') !== (right[field] ?? '—') }));
}

function flatten(value: Record<string, unknown>, prefix = '', depth = 0): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(item)) out[`${name}[]`] = String(item.length);
    else if (item !== null && typeof item === 'object') {
      if (depth < 1) Object.assign(out, flatten(item as Record<string, unknown>, name, depth + 1));
    } else out[name] = item === null || item === undefined ? '—' : String(item);
  }
  return out;
}
