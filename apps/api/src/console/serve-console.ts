import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_LIMITS, frameworkProblem, instanceOf, sendProblem, type RequestLimits } from '@app/platform/http';

/** Paths the API owns: an unknown one there is a 404 problem, never the console's page. */
const API_PREFIXES = ['/v1/', '/v1', '/docs', '/health', '/metrics', '/admin/'];

/** Where `npm run build` writes the console (vite `outDir`); CONSOLE_DIR overrides it. */
export function consoleDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONSOLE_DIR?.trim() || 'dist/console');
}

/**
 * The connect-src must name the OIDC issuer: the console fetches its discovery document and
 * exchanges the code there. Everything else is served from this origin; Mantine and ECharts set
 * inline styles, hence 'unsafe-inline' for styles only.
 */
export function consoleSecurityPolicy(issuer?: string): string {
  const connect = ["'self'", ...(issuer ? [new URL(issuer).origin] : [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Serves the single-page console at `/` from the same process as the API: hashed assets cached
 * for a year, and every other non-API GET of a browser (Accept: text/html) answered with
 * index.html so a deep link or a reload of a console page works.
 */
export async function serveConsole(fastify: FastifyInstance, options: { dir?: string; issuer?: string; limits?: Pick<RequestLimits, 'maxParamLength'> } = {}): Promise<void> {
  const dir = options.dir ?? consoleDir();
  const limits = options.limits ?? REQUEST_LIMITS;
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('Console').warn(`No console build in ${dir}; run \`npm run build\` (the API works without it)`);
    fastify.get('/', (request, reply) => notBuilt(request, reply, dir));
    return;
  }
  const index = readFileSync(indexFile);
  const policy = consoleSecurityPolicy(options.issuer);
  await fastify.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    // One route per built file, so the catch-all below stays ours and unknown files are 404s.
    wildcard: false,
    index: false,
    decorateReply: false,
    // The build writes .br and .gz beside each asset (vite.config.mts); sent when the browser accepts them.
    preCompressed: true,
    // Vite names every asset by its content hash, so a year is safe; other files may change in place.
    cacheControl: false,
    setHeaders(reply, path) {
      reply.header('Cache-Control', path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const page = (request: FastifyRequest, reply: FastifyReply): FastifyReply | void => {
    const path = request.url.split('?')[0];
    if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix))) {
      // The router falls back to this catch-all when a path parameter is over its limit: answer what it would have.
      const overlong = path.split('/').some((segment) => segment.length > limits.maxParamLength);
      if (overlong) return sendProblem(reply, frameworkProblem(MAX_PARAM_LENGTH, limits), instanceOf(request.url), request.headers['accept-language']);
      return reply.callNotFound();
    }
    // Only a browser navigating gets the page; an API client asking for an unknown path gets the 404 problem.
    // A missing file (`/assets/x.js`) is a 404; a provider's page (`/penyelenggara/64.09`) is not a file.
    if (/\.[a-z][a-z0-9]*$/i.test(path) || !acceptsHtml(request.headers.accept)) return reply.callNotFound();
    return reply
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header('Content-Security-Policy', policy)
      .header('X-Content-Type-Options', 'nosniff')
      .send(index);
  };
  fastify.get('/', page);
  fastify.get('/*', page);
}

const MAX_PARAM_LENGTH = Object.assign(new Error('path parameter too long'), { code: 'FST_ERR_MAX_PARAM_LENGTH' }) as FastifyError;

/** A browser's navigation asks for HTML; fetch, curl and API clients do not. */
function acceptsHtml(accept: string | undefined): boolean {
  return accept !== undefined && /(^|,)\s*text\/html\s*(;|,|$)/i.test(accept);
}

function notBuilt(request: FastifyRequest, reply: FastifyReply, dir: string): void {
  sendProblem(
    reply,
    { status: 503, code: 'ConsoleNotBuilt', detail: `The console has not been built into ${dir}; run \`npm run build\`, then restart` },
    instanceOf(request.url),
    request.headers['accept-language'],
  );
}
