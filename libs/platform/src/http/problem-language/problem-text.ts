import type { Problem } from '../problem';

/**
 * A problem's words in one language: a title, and either a template that renders the specifics
 * from the problem's structured members (`render`) or one sentence that fits every instance of
 * the code (`detail`). The sentence loses the specifics the English detail names (ids, dates), so
 * the English detail then travels along as `detailEn`, and the fields the problem names are listed.
 */
export type ProblemText = { title: string } & ({ render: (problem: Problem) => string } | { detail: string });

export type ProblemCatalogue = Readonly<Record<string, ProblemText>>;

/** The fields a problem names, each once, in order: `title, dueOn`. */
export function fieldList(problem: Problem): string {
  return [...new Set((problem.errors ?? []).map((error) => error.field))].join(', ');
}

/** What the first field problem says would be accepted, as text (`application/json, …`). */
export function allowedText(problem: Problem): string {
  const allowed = problem.errors?.[0]?.allowed;
  if (allowed === undefined || allowed === null) return '';
  return Array.isArray(allowed) ? allowed.map(String).join(', ') : String(allowed);
}

/** The first field a problem names, or `fallback`. */
export function firstField(problem: Problem, fallback: string): string {
  return problem.errors?.[0]?.field ?? fallback;
}
