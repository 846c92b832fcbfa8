import { BadRequestException, ExecutionContext, createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import type { CommandMeta } from '../commands/command-meta';
import { requestFingerprint } from '../commands/request-fingerprint';

/** What the platform attaches to each request before a handler runs. */
export interface StampedRequest {
  actor?: Actor;
  receivedAt?: Date;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  routeOptions?: { url?: string };
  /** The parsed body: part of what an Idempotency-Key is bound to. */
  body?: unknown;
}

const header = (req: StampedRequest, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** `If-Match: "3"` (or W/"3", or 3) → 3. Anything else is a client error naming the header. */
export function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '' || value.trim() === '*') return undefined;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(value.trim());
  if (!m) {
    throw new BadRequestException({
      message: 'If-Match must be the ETag of the resource, a stream revision such as "3"',
      errors: [{ field: 'header.If-Match', message: `"${value}" is not a revision`, allowed: '"<non-negative integer>"' }],
    });
  }
  return Number(m[1]);
}

/** Correlation and causation ids are kept in every event's metadata for ever: short, plain tokens only. */
const TRACE_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

function traceHeader(req: StampedRequest, name: 'X-Correlation-Id' | 'X-Causation-Id'): string | undefined {
  const value = header(req, name.toLowerCase());
  if (value === undefined || TRACE_ID_RE.test(value)) return value;
  throw new BadRequestException({
    message: `${name} must be 1–128 characters from A–Z, a–z, 0–9 and . _ : -`,
    errors: [{ field: `header.${name}`, message: `invalid ${name}`, allowed: '1–128 characters from A–Z a–z 0–9 . _ : -' }],
  });
}

const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,200}$/;

export function commandMetaFrom(req: StampedRequest): CommandMeta {
  if (!req.actor) throw new Error('commandMetaFrom: no authenticated actor on the request');
  const key = header(req, 'idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY_RE.test(key)) {
    throw new BadRequestException({
      message: 'Idempotency-Key must be 1–200 printable ASCII characters without spaces',
      errors: [{ field: 'header.Idempotency-Key', message: 'invalid key', allowed: '1–200 printable ASCII characters' }],
    });
  }
  // Same key from the same actor on the same route = the same command; nothing else collides.
  const route = `${req.method} ${req.routeOptions?.url ?? req.url}`;
  const commandId = key ? nameBasedId(`idempotency:${req.actor.id}:${route}:${key}`) : randomUUID();
  const correlationId = traceHeader(req, 'X-Correlation-Id') ?? commandId;
  return {
    commandId,
    ...(key ? {} : { mintedCommandId: commandId }),
    correlationId,
    causationId: traceHeader(req, 'X-Causation-Id') ?? correlationId,
    actor: req.actor,
    // The key is bound to this exact request: its reuse for another one is refused (422), not replayed.
    requestFingerprint: key ? requestFingerprint(req.method, req.url, req.body) : undefined,
    issuedAt: req.receivedAt ?? new Date(),
    expectedRevision: parseIfMatch(header(req, 'if-match')),
  };
}

/** `@Meta() meta: CommandMeta` in a command controller. */
export const Meta = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandMeta =>
  commandMetaFrom(ctx.switchToHttp().getRequest<StampedRequest>()),
);
