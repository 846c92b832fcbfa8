import { HttpStatus, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { ProblemException } from './problem.exception';
import { flattenValidationErrors } from './validation-errors';

/**
 * Request validation for DTOs: unknown fields are refused (not silently dropped, so a typo
 * in an optional field is noticed), payloads become DTO instances, and every broken rule
 * is reported with its field path as a 400 problem.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target is needed to look up what an @IsIn/@IsEnum field allows; it never reaches the client.
    validationError: { target: true, value: false },
    exceptionFactory: validationProblem,
  });
}

export function validationProblem(errors: ValidationError[]): ProblemException {
  const fields = flattenValidationErrors(errors);
  const names = [...new Set(fields.map((f) => f.field))];
  return new ProblemException({
    status: HttpStatus.BAD_REQUEST,
    code: 'ValidationFailed',
    type: 'urn:problem:validation',
    title: 'Request validation failed',
    detail: `Invalid fields: ${names.join(', ')}`,
    errors: fields,
  });
}
