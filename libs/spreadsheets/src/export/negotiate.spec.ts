import { HttpStatus } from '@nestjs/common';
import { notAcceptable, preferredType } from './negotiate';
import { CSV_TYPE, JSON_TYPE, PDF_TYPE, XLSX_TYPE } from './media-types';

const OFFERS = [JSON_TYPE, CSV_TYPE, XLSX_TYPE];

describe('preferredType (Accept with q-values)', () => {
  it.each([
    [undefined, JSON_TYPE],
    ['', JSON_TYPE],
    ['*/*', JSON_TYPE],
    ['application/json', JSON_TYPE],
    ['text/csv', CSV_TYPE],
    ['TEXT/CSV; charset=utf-8', CSV_TYPE],
    ['text/*', CSV_TYPE],
    [XLSX_TYPE, XLSX_TYPE],
    ['application/*', JSON_TYPE],
    ['text/csv;q=0.4, application/json;q=0.3', CSV_TYPE],
    [`application/json;q=0.2, ${XLSX_TYPE};q=0.8, text/csv;q=0.5`, XLSX_TYPE],
    // The most specific range decides a type's q: JSON is refused although */* would allow it.
    ['application/json;q=0, */*;q=0.1', CSV_TYPE],
    // Equal q: the server's order (JSON first) breaks the tie.
    ['text/csv, application/json', JSON_TYPE],
    // Browsers' navigation header: JSON through */*.
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', JSON_TYPE],
    ['nonsense', JSON_TYPE],
    [['text/csv', 'image/png'], CSV_TYPE],
  ])('Accept %j → %s', (accept, expected) => {
    expect(preferredType(accept as string | string[] | undefined, OFFERS)).toBe(expected);
  });

  it.each(['image/png', 'text/html', 'text/csv;q=0, application/json;q=0, */*;q=0', 'application/pdf'])('allows none of them for %s', (accept) => {
    expect(preferredType(accept, OFFERS)).toBeUndefined();
  });

  it('defaults to the first offer of the route (the report: PDF)', () => {
    expect(preferredType('*/*', [PDF_TYPE, XLSX_TYPE])).toBe(PDF_TYPE);
  });

  it('names the header and every type available in the 406 problem', () => {
    const problem = notAcceptable('image/png', OFFERS).problem;
    expect(problem.status).toBe(HttpStatus.NOT_ACCEPTABLE);
    expect(problem.code).toBe('NotAcceptable');
    expect(problem.errors).toEqual([{ field: 'header.accept', message: expect.stringContaining('image/png'), allowed: OFFERS }]);
  });
});
