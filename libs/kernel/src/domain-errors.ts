/**
 * Typed refusals. The HTTP layer maps each kind to a status:
 * invalid → 422, conflict → 409, not_found → 404, forbidden → 403.
 */
export type DomainErrorKind = 'invalid' | 'conflict' | 'not_found' | 'forbidden';

export interface FieldProblem {
  /** Dotted path of the offending field in the request, e.g. `loci.2.score`. */
  field: string;
  message: string;
  /** What would have been accepted, when that can be stated. */
  allowed?: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = code;
  }
}

/** The request is well-formed but breaks a rule about its own values (e.g. no methodology for 2020). */
export const invalid = (code: string, message: string, fields: FieldProblem[] = []): DomainError =>
  new DomainError('invalid', code, message, fields);

/** The request clashes with the current state (e.g. signing a PKS that was not finalised). */
export const conflict = (code: string, message: string): DomainError => new DomainError('conflict', code, message);

export const notFound = (code: string, message: string): DomainError => new DomainError('not_found', code, message);

export const forbidden = (code: string, message: string): DomainError => new DomainError('forbidden', code, message);
