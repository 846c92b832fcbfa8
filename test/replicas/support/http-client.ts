import { randomUUID } from 'node:crypto';

export interface Answer {
  /** Which replica answered. */
  api: string;
  status: number;
  contentType: string;
  body: Record<string, unknown>;
  /** Sent as X-Correlation-Id: the command's events carry it, so the log can be searched for it. */
  correlationId: string;
  etag: string | null;
}

/** Sends one command or query to one replica over a real socket. */
export async function send(api: string, method: 'GET' | 'POST', path: string, token: string, payload?: object, headers: Record<string, string> = {}): Promise<Answer> {
  const correlationId = randomUUID();
  const res = await fetch(`${api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'x-correlation-id': correlationId,
      ...(payload ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: payload ? JSON.stringify(payload) : undefined,
  });
  const text = await res.text();
  return { api, status: res.status, contentType: res.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, correlationId, etag: res.headers.get('etag') };
}

/** Acknowledged, or refused as a conflict the client can act on (problem+json 409/412): never a 500. */
export function isAcknowledgedOrConflict(answer: Answer): boolean {
  if (answer.status >= 200 && answer.status < 300) return true;
  return (answer.status === 409 || answer.status === 412) && answer.contentType.includes('application/problem+json');
}

export const acknowledged = (answer: Answer): boolean => answer.status >= 200 && answer.status < 300;
