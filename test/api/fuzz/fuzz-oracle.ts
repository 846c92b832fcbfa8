import type { LightMyRequestResponse } from 'fastify';
import type { EventStore } from '@app/event-store';
import type { FuzzRequest } from './fuzz-request.arbitraries';

/** A broken promise of the HTTP contract, with what broke it. */
export interface Violation {
  rule: 'no 5xx' | 'problem+json' | 'status in body' | 'nothing stored on refusal';
  operation: string;
  status: number;
  request: FuzzRequest;
  detail: string;
}

/**
 * The contract every answer keeps, whatever was sent: never a 5xx; every error is RFC 9457
 * problem+json whose `status` is the HTTP status; and a refused command wrote nothing.
 * `storedByCaller` are the events the fuzzing callers wrote while the request ran.
 */
export function judge(operation: string, request: FuzzRequest, res: LightMyRequestResponse, storedByCaller: string[]): Violation[] {
  const status = res.statusCode;
  const found: Violation[] = [];
  const violation = (rule: Violation['rule'], detail: string) => found.push({ rule, operation, status, request, detail });
  if (status >= 500) violation('no 5xx', excerpt(res.body));
  if (status < 400) return found;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) violation('problem+json', `content-type ${JSON.stringify(type)}: ${excerpt(res.body)}`);
  else {
    const body = parse(res.body);
    if (body?.status !== status) violation('status in body', `body status ${JSON.stringify(body?.status)}: ${excerpt(res.body)}`);
  }
  if (storedByCaller.length > 0) violation('nothing stored on refusal', `wrote ${storedByCaller.join(', ')}`);
  return found;
}

function parse(text: string): { status?: unknown } | undefined {
  try {
    return JSON.parse(text) as { status?: unknown };
  } catch {
    return undefined;
  }
}

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/** Events appended after `position` by any of `subs` (background workers write as the system actor). */
export async function eventsWrittenBy(store: EventStore, position: bigint, subs: Set<string>): Promise<string[]> {
  const written: string[] = [];
  for await (const event of store.readAll({ fromPosition: position })) {
    const actor = (event.metadata as { actor?: { id?: string } }).actor;
    if (actor?.id && subs.has(actor.id)) written.push(`${event.stream}#${event.revision} ${event.type}`);
  }
  return written;
}
