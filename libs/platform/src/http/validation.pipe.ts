import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { Clock } from '../clock/clock';
import { fieldsProblem } from './fields-problem';
import type { ProblemException } from './problem.exception';
import { plainTextProblems } from './plain-text-params';
import { withValidationClock } from './validation-clock';
import { cacheValidationMetadata } from './validation-metadata-cache';
import { MAX_FIELD_PROBLEMS, summarizeValidationErrors } from './validation-errors';

/**
 * Request validation for DTOs: unknown fields are refused (not silently dropped, so a typo
 * in an optional field is noticed), payloads become DTO instances, and every broken rule
 * is reported with its field path as a 400 problem. Query strings and path parameters, which
 * handlers read as plain strings, are held to the single-line text rule here.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor(private readonly clock?: Clock) {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The target is needed to look up what an @IsIn/@IsEnum field allows; it never reaches the client.
      validationError: { target: true, value: false },
      // Called after the pipe's await on the rules, so outside the clock `transform` set: the
      // range a problem states is read from the same clock the rules judged by.
      exceptionFactory: (errors: ValidationError[]) => withValidationClock(clock, () => validationProblem(errors)),
    });
    // Each DTO's rules are looked up once, not for every request.
    cacheValidationMetadata();
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const text = plainTextProblems(value, metadata);
    if (text.length > 0) return Promise.reject(fieldsProblem(text));
    // Rules judged against "now" (business-dates.ts) read the application's clock: they run in
    // the synchronous part of `transform`, up to its await on class-validator's answer.
    return withValidationClock(this.clock, () => super.transform(value, metadata) as Promise<unknown>);
  }
}

/** `clock`: the application's; without it, rules that depend on the date use real time. */
export function createValidationPipe(clock?: Clock): ValidationPipe {
  return new RequestValidationPipe(clock);
}

export function validationProblem(errors: ValidationError[]): ProblemException {
  const { problems, more } = summarizeValidationErrors(errors, MAX_FIELD_PROBLEMS);
  return fieldsProblem(problems, more);
}
