import type { Problem } from '../problem';
import { DEFAULT_PROBLEM_LANGUAGE, preferredLanguage, type ProblemLanguage } from './accept-language';
import { EVIDENCE_PROBLEMS_ID } from './catalogue-evidence';
import { FOLLOW_UP_PROBLEMS_ID } from './catalogue-follow-up';
import { REGISTRY_PROBLEMS_ID } from './catalogue-registry';
import { REQUEST_PROBLEMS_ID } from './catalogue-requests';
import { fieldMessageId } from './field-messages';
import { fieldList, type ProblemCatalogue } from './problem-text';
import { genericDetailId, statusTitleId } from './status-titles';

/** The catalogue parts, kept apart so a test can tell that no code is described twice. */
export const PROBLEM_CATALOGUE_PARTS_ID: readonly ProblemCatalogue[] = [REQUEST_PROBLEMS_ID, FOLLOW_UP_PROBLEMS_ID, REGISTRY_PROBLEMS_ID, EVIDENCE_PROBLEMS_ID];

/** Every problem code the API emits, with its Indonesian title and detail. */
export const PROBLEMS_ID: ProblemCatalogue = Object.assign({}, ...PROBLEM_CATALOGUE_PARTS_ID) as ProblemCatalogue;

/**
 * `problem` in `language`: its title, detail and field messages. What machines switch on — code,
 * type, fields, `allowed`, extensions — stays as it is. Where the Indonesian detail is a sentence for
 * the code rather than a rendering of this instance, the English detail is kept as `detailEn`.
 */
export function problemInLanguage(problem: Problem, language: ProblemLanguage): Problem {
  if (language === 'en') return problem;
  const text = PROBLEMS_ID[problem.code];
  const translated: Problem = { ...problem, title: text?.title ?? statusTitleId(problem.status) };
  if (problem.errors) translated.errors = problem.errors.map((error) => ({ ...error, message: fieldMessageId(error.message) }));
  if (text && 'render' in text) return { ...translated, detail: text.render(problem) };
  const fields = fieldList(problem);
  const sentence = text?.detail ?? genericDetailId(problem.status);
  return {
    ...translated,
    detail: fields === '' ? sentence : `${sentence} Kolom: ${fields}.`,
    extensions: { ...problem.extensions, detailEn: problem.detail },
  };
}

/** `problem` in the language `Accept-Language` prefers (English when it names neither), and that language. */
export function problemForReader(problem: Problem, acceptLanguage: string | string[] | undefined): { problem: Problem; language: ProblemLanguage } {
  const language = acceptLanguage === undefined ? DEFAULT_PROBLEM_LANGUAGE : preferredLanguage(acceptLanguage);
  return { problem: problemInLanguage(problem, language), language };
}
