import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CLOCK, type Clock } from '../clock/clock';
import type { StampedRequest } from './command-request';

/**
 * Stamps each request with the business time from the Clock when it arrives (commands'
 * `issuedAt`), and gives every successful answer that carries a stream revision an ETag, so
 * `If-Match` can follow. Fastify hooks rather than a Nest interceptor: a global interceptor
 * wraps every handler call in RxJS observables and async-context bindings, the largest part
 * of Nest's own work per request; with no interceptor on a route Nest calls the handler directly.
 */
export function stampCommandRequests(fastify: FastifyInstance, clock: Clock): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    (request as unknown as StampedRequest).receivedAt = clock.now();
    done();
  });
  fastify.addHook('preSerialization', (_request, reply, payload, done) => {
    const revision = (payload as { revision?: unknown } | null)?.revision;
    if (reply.statusCode < 400 && typeof revision === 'number' && revision >= 0) reply.header('ETag', `"${revision}"`);
    done(null, payload);
  });
}

/** Installs the hooks on the application's Fastify instance before it is ready; an application without HTTP (a worker) has none. */
@Injectable()
export class CommandHttpHooks implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify) stampCommandRequests(fastify, this.clock);
  }
}
