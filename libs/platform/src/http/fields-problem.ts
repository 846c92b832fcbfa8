import { HttpStatus } from '@nestjs/common';
import type { FieldProblem } from '@app/kernel';
import { ProblemException } from './problem.exception';
import { MAX_FIELD_PROBLEMS } from './validation-errors';

/** The one shape of a 400 for broken fields: the first few described, the rest counted (`moreErrors`). */
export function fieldsProblem(fields: FieldProblem[], more = 0): ProblemException {
  const shown = fields.slice(0, MAX_FIELD_PROBLEMS);
  const rest = more + fields.length - shown.length;
  const names = [...new Set(shown.map((f) => f.field))];
  return new ProblemException({
    status: HttpStatus.BAD_REQUEST,
    code: 'ValidationFailed',
    type: 'urn:problem:validation',
    title: 'Request validation failed',
    detail: `Invalid fields: ${names.join(', ')}${rest > 0 ? ` and ${rest} more problems` : ''}`,
    errors: shown,
    ...(rest > 0 ? { extensions: { moreErrors: rest } } : {}),
  });
}
