/** The languages problems are written in. English is the default, so API clients that send no preference keep their texts. */
export type ProblemLanguage = 'en' | 'id';

export const DEFAULT_PROBLEM_LANGUAGE: ProblemLanguage = 'en';

interface Range {
  tag: string;
  q: number;
  order: number;
}

/**
 * The language an `Accept-Language` header (RFC 9110 §12.5.4) prefers among `id` and `en`:
 * the highest q-value wins, a tie goes to a language named over one left to `*`, then to the one
 * listed first; `q=0` refuses a language, and `*` stands for any language not named. `id-ID` is
 * Indonesian; so is `in`, its code before 1989, which some older Android browsers still send.
 */
export function preferredLanguage(header: string | string[] | undefined): ProblemLanguage {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return DEFAULT_PROBLEM_LANGUAGE;
  const ranges = value
    .split(',')
    .map((part, order) => rangeOf(part, order))
    .filter((range): range is Range => range !== undefined);
  const best = (language: ProblemLanguage): Range | undefined => {
    const named = ranges.filter((r) => languageOf(r.tag) === language);
    // A named range, however low its q, takes precedence over the wildcard for that language.
    if (named.length > 0) return named.reduce((a, b) => (b.q > a.q ? b : a));
    return ranges.find((r) => r.tag === '*');
  };
  const id = best('id');
  const en = best('en');
  if (!id || id.q === 0) return DEFAULT_PROBLEM_LANGUAGE;
  if (!en || en.q === 0) return 'id';
  if (id.q !== en.q) return id.q > en.q ? 'id' : 'en';
  // A tie: a language named beats one only covered by `*`, then the one listed first; `*` alone leaves the default.
  const idNamed = id.tag !== '*';
  if (idNamed !== (en.tag !== '*')) return idNamed ? 'id' : 'en';
  return idNamed && id.order < en.order ? 'id' : DEFAULT_PROBLEM_LANGUAGE;
}

function rangeOf(part: string, order: number): Range | undefined {
  const [rawTag, ...params] = part.split(';');
  const tag = rawTag.trim().toLowerCase();
  if (tag === '') return undefined;
  let q = 1;
  for (const param of params) {
    const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
    // A malformed weight makes the range unusable rather than guessing what was meant.
    if (!match) return undefined;
    q = Math.min(1, Number(match[1]));
  }
  return { tag, q, order };
}

function languageOf(tag: string): ProblemLanguage | undefined {
  const primary = tag.split('-')[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return undefined;
}
