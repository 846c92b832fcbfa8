import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@app/kernel';
import { ProblemException, multipartRequired } from '@app/platform/http';
import { fileTooLarge } from '../media/document-refusals';

const badRequest = (code: string, detail: string, field: string, message: string, allowed?: unknown) =>
  new ProblemException({ status: HttpStatus.BAD_REQUEST, code, detail, errors: [{ field, message, ...(allowed === undefined ? {} : { allowed }) }] });

export const UPLOAD_FORM = 'one field entityCode, then one part file';

export const missingPart = (field: 'entityCode' | 'file', message: string) => badRequest('MissingField', `The upload form needs ${field}: ${message}`, field, message, UPLOAD_FORM);

export const unknownPart = (name: string) => badRequest('UnknownField', `The upload form has no field "${name.slice(0, 64)}"`, name.slice(0, 64) || 'body', 'is not a field of the upload form', UPLOAD_FORM);

export const invalidPart = (field: string, message: string, allowed: unknown) => badRequest('InvalidField', `${field} ${message}`, field, message, allowed);

/**
 * What the multipart parser (busboy, through @fastify/multipart) throws, as problems naming the
 * part: a second file or too many parts, a cut-off or malformed form. Refusals already made
 * (problems, domain errors) pass through unchanged.
 */
export function multipartProblem(error: unknown, maxFileBytes: number): unknown {
  if (error instanceof ProblemException || error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'FST_FILES_LIMIT':
      return badRequest('TooManyFiles', 'One file per upload', 'file', 'is sent more than once', 'one file per request');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return badRequest('TooManyParts', 'The upload form has more parts than entityCode and file', 'body', 'has too many parts', UPLOAD_FORM);
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge('file', maxFileBytes);
    case 'FST_PROTO_VIOLATION':
      return badRequest('ForbiddenKey', 'The upload form may not use a prototype property as a field name', 'body', 'uses a forbidden field name');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new ProblemException(multipartRequired(undefined));
    case 'FST_MP_PREMATURE_CLOSE':
      return badRequest('IncompleteBody', 'The upload ended before the form was complete', 'file', 'was cut off');
    default:
      if (/multipart|boundary|part header|end of form|unexpected end/i.test(message)) {
        return badRequest('MalformedMultipart', `The body is not a well-formed multipart/form-data form: ${message}`, 'body', message, UPLOAD_FORM);
      }
      return error;
  }
}
