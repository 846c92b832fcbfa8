import type { FieldProblem } from '@app/kernel';

/** An RFC 9457 problem document, as this API writes it. */
export interface ProblemDocument {
  /** Stable per code (`urn:problem:<code in kebab-case>` unless a problem names its own), so clients may switch on it. */
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path that failed; absent when the request could not even be read (HTTP parser errors). */
  instance?: string;
  /** Machine-readable, in the form domain errors use (`OutsideScope`). */
  code: string;
  errors?: FieldProblem[];
  /** RFC 9457 extension members, e.g. the per-check results of a failed health check. */
  [extension: string]: unknown;
}

/** Everything about a problem except where it happened. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: FieldProblem[];
  /** Default: derived from `code`. */
  type?: string;
  /** Default: derived from `code`. */
  title?: string;
  extensions?: Record<string, unknown>;
  /** Response headers that belong to this problem (`WWW-Authenticate`, `Retry-After`). */
  headers?: Record<string, string>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:problem:${words(code)
    .map((w) => w.toLowerCase())
    .join('-')}`;
}

/** `OutsideScope` → `Outside scope`; acronyms keep their case (`PKSNotFinal` → `PKS not final`). */
export function problemTitle(code: string): string {
  const title = words(code)
    .map((w) => (w === w.toUpperCase() ? w : w.toLowerCase()))
    .join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function words(code: string): string[] {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.:]+/)
    .filter((w) => w !== '');
}

export function toDocument(problem: Problem, instance: string | undefined): ProblemDocument {
  const document: ProblemDocument = {
    // Extensions first, so they can never overwrite a standard member.
    ...problem.extensions,
    type: problem.type ?? problemType(problem.code),
    title: problem.title ?? problemTitle(problem.code),
    status: problem.status,
    detail: problem.detail,
    instance,
    code: problem.code,
  };
  if (instance === undefined) delete document.instance;
  if (problem.errors && problem.errors.length > 0) document.errors = problem.errors;
  else delete document.errors;
  return document;
}
