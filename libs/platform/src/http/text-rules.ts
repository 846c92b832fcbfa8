/**
 * What text a request may carry, decided once for bodies, query strings, path parameters,
 * headers and token claims. Everything written here ends up in permanent, hash-chained events,
 * so text that cannot be stored faithfully (a lone UTF-16 surrogate becomes U+FFFD in UTF-8)
 * or that hides content (control characters) is refused at the edge instead.
 */

/** Names, titles, numbers, codes and ids: one line, no control characters at all. */
export const SINGLE_LINE = 'single-line';
/** Summaries, notes and reasons: tab, line feed and CR LF line breaks, no other control characters. */
export const MULTI_LINE = 'multi-line';
export type TextKind = typeof SINGLE_LINE | typeof MULTI_LINE;

/** What each kind allows, as a validation problem states it in `allowed`. */
export const TEXT_ALLOWED: Record<TextKind, string> = {
  [SINGLE_LINE]: 'well-formed Unicode text on one line, without control characters (U+0000–U+001F, U+007F–U+009F)',
  [MULTI_LINE]: 'well-formed Unicode text; tab, line feed and CR LF allowed, no other control characters (U+0000–U+001F, U+007F–U+009F)',
};

/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 and C1 controls and DEL. */
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, less tab and line feed; CR only as half of CR LF. */
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;

export const isWellFormedText = (value: string): boolean => !LONE_SURROGATE.test(value);

/** Why `value` is not acceptable text of this kind, or undefined when it is. */
export function textProblem(value: string, kind: TextKind): string | undefined {
  if (!isWellFormedText(value)) return 'is not well-formed Unicode (it holds a lone UTF-16 surrogate)';
  const control = (kind === SINGLE_LINE ? ANY_CONTROL : MULTI_LINE_CONTROL).exec(value);
  if (control) return `holds the control character ${codePointName(control[0])}${kind === SINGLE_LINE ? ' (it must be a single line)' : ''}`;
  return undefined;
}

/** `U+0000`; a CR LF match names the CR. */
function codePointName(match: string): string {
  return `U+${(match.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/g;

/** Longer names taken from a request are cut when echoed, so a huge key cannot inflate the answer. */
export const ECHO_MAX_LENGTH = 120;

/**
 * A name taken from the request (an unknown field, a query parameter) as it may be echoed back
 * in a problem: controls and surrogates written as `\uXXXX` escapes, so the answer is clean
 * text, and at most ECHO_MAX_LENGTH characters.
 */
export function printableName(name: string): string {
  const clean = printableText(name);
  return clean.length > ECHO_MAX_LENGTH ? `${clean.slice(0, ECHO_MAX_LENGTH)}…` : clean;
}

/** Text with its controls and lone surrogates written as `\uXXXX` escapes. */
export function printableText(text: string): string {
  if (textProblem(text, SINGLE_LINE) === undefined) return text;
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
