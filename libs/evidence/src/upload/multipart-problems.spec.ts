import { invalid } from '@app/kernel';
import { ProblemException } from '@app/platform/http';
import { multipartProblem } from './multipart-problems';

const problemOf = (error: unknown) => ((multipartProblem(error, 1000) as ProblemException).problem);
const parserError = (code: string) => Object.assign(new Error(code), { code });

describe('what the multipart parser throws, as problems naming the part', () => {
  it.each([
    ['FST_FILES_LIMIT', 400, 'TooManyFiles', 'file'],
    ['FST_PARTS_LIMIT', 400, 'TooManyParts', 'body'],
    ['FST_FIELDS_LIMIT', 400, 'TooManyParts', 'body'],
    ['FST_REQ_FILE_TOO_LARGE', 413, 'DocumentTooLarge', 'file'],
    ['FST_PROTO_VIOLATION', 400, 'ForbiddenKey', 'body'],
    ['FST_MP_PREMATURE_CLOSE', 400, 'IncompleteBody', 'file'],
    ['FST_INVALID_MULTIPART_CONTENT_TYPE', 415, 'UnsupportedMediaType', 'header.Content-Type'],
  ])('%s → %i %s naming %s', (code, status, problem, field) => {
    expect(problemOf(parserError(code))).toMatchObject({ status, code: problem, errors: [{ field }] });
  });

  it('names a malformed form', () => {
    expect(problemOf(new Error('Unexpected end of form'))).toMatchObject({ status: 400, code: 'MalformedMultipart', errors: [{ field: 'body' }] });
  });

  it('passes refusals already made, and anything else, through unchanged', () => {
    const refusal = invalid('ExecutableRefused', 'no');
    expect(multipartProblem(refusal, 1000)).toBe(refusal);
    const bug = new TypeError('x is undefined');
    expect(multipartProblem(bug, 1000)).toBe(bug);
  });
});
