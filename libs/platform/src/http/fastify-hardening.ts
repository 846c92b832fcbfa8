import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { clientErrorHandler } from './client-error-handler';
import { frameworkErrorsHandler } from './framework-errors';
import { acceptOnlyJsonBodies } from './json-content-parser';
import { requestGuardsHook } from './request-guards.hook';
import { REQUEST_LIMITS, type RequestLimits } from './request-limits';

/**
 * The Fastify server options that make every refusal before routing a problem+json answer:
 * pass to `new FastifyAdapter(...)`, then call hardenFastify on its instance.
 */
export function hardenedFastifyOptions(limits: RequestLimits = REQUEST_LIMITS): FastifyServerOptions {
  return {
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    routerOptions: { maxParamLength: limits.maxParamLength },
    frameworkErrors: frameworkErrorsHandler(limits),
    clientErrorHandler: clientErrorHandler(limits),
    // The JSON parser refuses these itself, naming the field; this is the backstop Fastify applies to any other parser.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  };
}

/**
 * Installs the request guards and the JSON-only body parsing on the root instance. Call right
 * after NestFactory.create (with `bodyParser: false`), before plugins and app.init().
 */
export function hardenFastify(fastify: FastifyInstance, limits: RequestLimits = REQUEST_LIMITS): void {
  acceptOnlyJsonBodies(fastify, limits);
  fastify.addHook('onRequest', requestGuardsHook(limits));
}
