import { MULTI_LINE, SINGLE_LINE, isWellFormedText, printableName, textProblem } from './text-rules';

describe('text rules', () => {
  it('accept ordinary text, surrogate pairs (emoji) and Indonesian names', () => {
    for (const text of ['Pemerintah Kabupaten Paser', '30/ORI-MOU/X/2021', 'Bupati 👍🏽', 'Déjà vu — “kutip”', '']) {
      expect(textProblem(text, SINGLE_LINE)).toBeUndefined();
      expect(textProblem(text, MULTI_LINE)).toBeUndefined();
    }
  });

  it.each(['\ud800', 'ab\udbff', '\udc00cd', 'x\udc00\ud800y'])('refuse a lone surrogate (%j) in any field', (text) => {
    expect(isWellFormedText(text)).toBe(false);
    expect(textProblem(text, SINGLE_LINE)).toMatch(/not well-formed Unicode/);
    expect(textProblem(text, MULTI_LINE)).toMatch(/not well-formed Unicode/);
  });

  it.each([
    ['a line feed', 'a\nb', 'U+000A'],
    ['a tab', 'a\tb', 'U+0009'],
    ['CR LF', 'a\r\nb', 'U+000D'],
    ['NUL', 'a\u0000b', 'U+0000'],
    ['DEL', 'a\u007fb', 'U+007F'],
    ['a C1 control (NEL)', 'a\u0085b', 'U+0085'],
    ['ESC', '\u001b[31mred', 'U+001B'],
  ])('refuse %s in a single-line field', (_case, text, codePoint) => {
    expect(textProblem(text, SINGLE_LINE)).toContain(codePoint);
  });

  it('allow tab, line feed and CR LF in multi-line text, and nothing else', () => {
    expect(textProblem('Langkah:\n\t1. rapat\r\n\t2. SK', MULTI_LINE)).toBeUndefined();
    expect(textProblem('a\rb', MULTI_LINE)).toContain('U+000D');
    expect(textProblem('a\u0000b', MULTI_LINE)).toContain('U+0000');
    expect(textProblem('a\u000bb', MULTI_LINE)).toContain('U+000B');
    expect(textProblem('a\u009fb', MULTI_LINE)).toContain('U+009F');
    expect(textProblem('a\u007fb', MULTI_LINE)).toContain('U+007F');
  });

  it('escape names taken from the request before echoing them', () => {
    expect(printableName('title')).toBe('title');
    expect(printableName('ti\u0000tle\ud800')).toBe('ti\\u0000tle\\ud800');
  });
});

describe('names echoed from a request', () => {
  it('are cut to a bounded length', () => {
    const long = 'k'.repeat(100_000);
    expect(printableName(long)).toBe(`${'k'.repeat(120)}…`);
  });
});
