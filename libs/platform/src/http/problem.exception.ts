import { HttpException } from '@nestjs/common';
import type { Problem } from './problem';

/**
 * An HTTP error that already knows its problem code, fields and headers. Throw it from
 * guards, pipes and controllers; ProblemDetailsFilter renders it as it is.
 */
export class ProblemException extends HttpException {
  constructor(readonly problem: Problem) {
    super({ code: problem.code, message: problem.detail, errors: problem.errors }, problem.status);
  }
}
