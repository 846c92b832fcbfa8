import type { components } from './schema';

export type ProblemDocument = components['schemas']['ProblemDetailsDto'];

/** An API answer that was not 2xx, carrying the RFC 9457 document the API sent (or one made up for a network fault). */
export class ApiProblem extends Error {
  override name = 'ApiProblem';
  constructor(readonly problem: ProblemDocument) {
    super(problem.detail || problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

/** A problem document from any body; a non-JSON body (a proxy's HTML page) still becomes one. */
export function problemOf(status: number, body: unknown, fallbackTitle: string): ProblemDocument {
  if (body && typeof body === 'object' && 'status' in body && 'title' in body) return body as ProblemDocument;
  return { type: 'about:blank', title: fallbackTitle, status, detail: typeof body === 'string' ? body.slice(0, 300) : fallbackTitle, instance: '', code: `Http${status}` };
}
