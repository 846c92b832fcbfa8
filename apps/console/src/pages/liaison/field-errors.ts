import { ApiProblem } from '../../api/problem';

/**
 * The API's message for one field of a refused form (problem+json `errors[].field`), to show on that
 * field itself; the alert above the form still lists them all.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const hit = error.problem.errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`));
  return hit?.message;
}
