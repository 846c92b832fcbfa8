import { resolve } from 'node:path';
import { HttpStatus } from '@nestjs/common';
import type { Problem } from '../problem';
import { codeForStatus } from '../problem-mapping';
import { emittedProblemCodes } from './emitted-codes.scan';
import { PROBLEM_CATALOGUE_PARTS_ID, PROBLEMS_ID, problemForReader, problemInLanguage } from './problem-in-language';
import { STATUS_TITLES_ID } from './status-titles';

/** Event types that the scan meets beside codes (lists of closing events), never a problem. */
const NOT_PROBLEMS = new Set(['ObligationCancelled', 'RecommendationClosed']);

describe('the Indonesian problem catalogue', () => {
  const root = resolve(__dirname, '../../../../..');

  it('has an entry for every code the API source can emit', () => {
    const codes = [...emittedProblemCodes([resolve(root, 'libs'), resolve(root, 'apps')])].filter((code) => !NOT_PROBLEMS.has(code));
    // The scan itself must keep finding codes of each kind of source it reads.
    expect(codes).toEqual(expect.arrayContaining(['OutsideScope', 'ReasonRequired', 'ReadModelFaulted', 'DateBeforeIssue', 'MalformedJson', 'ConsoleNotBuilt']));
    expect(codes.filter((code) => !(code in PROBLEMS_ID)).sort()).toEqual([]);
  });

  it('titles every status whose name Nest turns into a code', () => {
    const statuses = Object.values(HttpStatus).filter((status): status is number => typeof status === 'number' && status >= 400);
    expect(statuses.filter((status) => STATUS_TITLES_ID[status] === undefined)).toEqual([]);
    expect(codeForStatus(HttpStatus.METHOD_NOT_ALLOWED)).toBe('MethodNotAllowed');
  });

  it('describes each code once', () => {
    const seen = PROBLEM_CATALOGUE_PARTS_ID.flatMap((part) => Object.keys(part));
    expect(seen.filter((code, i) => seen.indexOf(code) !== i)).toEqual([]);
  });
});

describe('problemInLanguage', () => {
  const refusal: Problem = {
    status: 422,
    code: 'ExtensionNotLater',
    detail: 'proposedDueOn 2026-01-01 must be a date after the current due date 2026-02-01',
    errors: [{ field: 'proposedDueOn', message: 'before the current due date', allowed: 'a date after 2026-02-01' }],
    type: 'urn:problem:extension-not-later',
  };

  it('leaves an English problem exactly as it was', () => {
    expect(problemInLanguage(refusal, 'en')).toBe(refusal);
  });

  it('keeps what machines switch on, and the English specifics as detailEn when the sentence is generic', () => {
    const id = problemInLanguage(refusal, 'id');
    expect(id).toMatchObject({ status: 422, code: 'ExtensionNotLater', type: 'urn:problem:extension-not-later', title: 'Perpanjangan tidak lebih lambat' });
    expect(id.detail).toBe('Tanggal jatuh tempo yang baru harus setelah jatuh tempo saat ini. Kolom: proposedDueOn.');
    expect(id.extensions).toEqual({ detailEn: refusal.detail });
    expect(id.errors).toEqual([{ field: 'proposedDueOn', message: 'before the current due date', allowed: 'a date after 2026-02-01' }]);
  });

  it('renders the specifics from the structured members where the code has a template', () => {
    const problem: Problem = {
      status: 400,
      code: 'ValidationFailed',
      detail: 'Invalid fields: title, dueOn and 3 more problems',
      errors: [
        { field: 'title', message: 'title must be a string' },
        { field: 'dueOn', message: 'dueOn must be a calendar date written YYYY-MM-DD, e.g. 2021-10-28', allowed: 'YYYY-MM-DD' },
      ],
      extensions: { moreErrors: 3 },
    };
    const id = problemInLanguage(problem, 'id');
    expect(id.detail).toBe('Kolom tidak valid: title, dueOn dan 3 masalah lain.');
    expect(id.extensions).toEqual({ moreErrors: 3 });
    expect(id.errors).toEqual([
      { field: 'title', message: 'title harus berupa teks' },
      { field: 'dueOn', message: 'dueOn harus tanggal kalender yang ditulis YYYY-MM-DD, mis. 2021-10-28', allowed: 'YYYY-MM-DD' },
    ]);
  });

  it('falls back to the status for a code it does not know, keeping the English detail', () => {
    const id = problemInLanguage({ status: 405, code: 'MethodNotAllowed', detail: 'Method PATCH not allowed' }, 'id');
    expect(id).toMatchObject({ title: 'Metode tidak diizinkan', extensions: { detailEn: 'Method PATCH not allowed' } });
    expect(problemInLanguage({ status: 499, code: 'Http499', detail: 'x' }, 'id').title).toBe('Permintaan ditolak');
  });

  it('writes in the language the reader prefers, English without a preference', () => {
    expect(problemForReader(refusal, undefined)).toEqual({ problem: refusal, language: 'en' });
    expect(problemForReader(refusal, 'id-ID,id;q=0.9').language).toBe('id');
  });
});
