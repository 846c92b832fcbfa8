import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiProblem, problemOf } from './problem';
import { session } from '../auth/session';
import { currentLanguage } from '../i18n/language';

/**
 * The typed API client, generated from the API's own OpenAPI document (`npm run console:api`):
 * a route or field the API does not have fails the console's type-check, so the two cannot drift.
 */
export const api = createClient<paths>({ baseUrl: window.location.origin });

const authAndLanguage: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // Error messages come back in the console's language.
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 401) session.expired();
    if (!response.ok) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => response.clone().text());
      throw new ApiProblem(problemOf(response.status, body, response.statusText));
    }
    return response;
  },
};
api.use(authAndLanguage);

/** Unwraps openapi-fetch's `{ data }`; errors were already thrown by the middleware. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data: body, response } = await call;
  if (body === undefined) throw new ApiProblem(problemOf(response.status, null, response.statusText || 'Empty answer'));
  return body;
}

/** Headers for raw fetches (file downloads, uploads with progress) that openapi-fetch does not cover. */
export function authHeaders(): Record<string, string> {
  const token = session.token();
  return { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Accept-Language': currentLanguage() };
}
