import { parseJsonBody, type JsonBodyLimits } from './json-body-parser';
import { ProblemException } from './problem.exception';
import type { Problem } from './problem';

const limits: JsonBodyLimits = { maxJsonDepth: 32, maxJsonNodes: 10_000 };

function refusal(body: Buffer | string, custom: JsonBodyLimits = limits): Problem {
  try {
    parseJsonBody(body, custom);
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error('expected the body to be refused');
}

describe('parseJsonBody', () => {
  it('parses ordinary bodies, escapes, pairs of surrogates and a leading BOM', () => {
    expect(parseJsonBody('{"title":"Rekomendasi \\"A\\" \\\\ ok","documents":[{"name":"a.pdf"}]}', limits)).toEqual({
      title: 'Rekomendasi "A" \\ ok',
      documents: [{ name: 'a.pdf' }],
    });
    expect(parseJsonBody('{"emoji":"\\ud83d\\ude00"}', limits)).toEqual({ emoji: '😀' });
    expect(parseJsonBody(Buffer.from('\uFEFF[1, true, null, -2.5e3, "x"]'), limits)).toEqual([1, true, null, -2500, 'x']);
  });

  it('keeps a large base64 document working', () => {
    const content = Buffer.alloc(12 * 1_048_576, 7).toString('base64');
    const parsed = parseJsonBody(Buffer.from(JSON.stringify({ documents: [{ name: 'scan.pdf', content }] })), limits) as { documents: { content: string }[] };
    expect(parsed.documents[0].content).toHaveLength(content.length);
  });

  it('accepts exactly the depth limit and refuses one more, naming the path and the limit', () => {
    const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    expect(() => parseJsonBody(nested(32), limits)).not.toThrow();
    expect(refusal(nested(33))).toMatchObject({
      status: 400,
      code: 'JsonTooDeep',
      errors: [{ field: Array.from({ length: 32 }, () => '0').join('.'), allowed: 32 }],
    });
    expect(refusal('{"a":{"b":[{"c":{}}]}}', { ...limits, maxJsonDepth: 4 })).toMatchObject({ code: 'JsonTooDeep', errors: [{ field: 'a.b.0.c', allowed: 4 }] });
  });

  it('refuses a body nested a hundred thousand deep without overflowing the stack', () => {
    expect(refusal('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))).toMatchObject({ status: 400, code: 'JsonTooDeep' });
    expect(refusal('['.repeat(1_000_000))).toMatchObject({ code: 'JsonTooDeep' });
  });

  it('counts values (members, items and the body itself) and refuses the first over the cap', () => {
    const items = (count: number) => JSON.stringify(Array.from({ length: count }, (_, i) => i));
    expect(() => parseJsonBody(items(9_999), limits)).not.toThrow();
    expect(refusal(items(10_000))).toMatchObject({ code: 'JsonTooLarge', errors: [{ field: '9999', allowed: 10_000 }] });
    expect(refusal('{"a":[1,{"b":"x","c":null}]}', { ...limits, maxJsonNodes: 5 })).toMatchObject({ errors: [{ field: 'a.1.c' }] });
  });

  it('refuses tens of thousands of unknown keys before building the object', () => {
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    expect(refusal(JSON.stringify(keys))).toMatchObject({ code: 'JsonTooLarge', errors: [{ field: 'k9999' }] });
  });

  it('is not misled by structural characters and escaped quotes inside strings', () => {
    const tricky = { 'a[{': '}],"\\"', b: ['\\', '"[', '{'] };
    expect(parseJsonBody(JSON.stringify(tricky), { maxJsonDepth: 2, maxJsonNodes: 6 })).toEqual(tricky);
  });

  it.each([
    ['a string', '{"title":"ab\\ud800c"}', 'title'],
    ['a trailing high surrogate', '{"title":"ab\\uD83D"}', 'title'],
    ['a low surrogate alone', '{"documents":[{"name":"x"},{"name":"\\udc00.pdf"}]}', 'documents.1.name'],
    ['reversed pair', '["\\ude00\\ud83d"]', '0'],
    ['a key', '{"ok":{"bad\\ud800":1}}', 'ok.bad\ud800'],
    ['the whole body', '"\\ud800"', 'body'],
  ])('refuses a lone surrogate in %s, naming its path', (_case, body, field) => {
    expect(refusal(body)).toMatchObject({ status: 400, code: 'LoneSurrogate', errors: [{ field }] });
  });

  it('refuses bytes that are not UTF-8 (surrogates encoded directly included)', () => {
    expect(refusal(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]))).toMatchObject({ code: 'InvalidUtf8', errors: [{ field: 'body' }] });
    expect(refusal(Buffer.concat([Buffer.from('"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"')]))).toMatchObject({ code: 'InvalidUtf8' });
  });

  it.each([
    ['__proto__', '{"a":{"__proto__":{"isAdmin":true}}}', 'a.__proto__'],
    ['escaped __proto__', '{"\\u005f_proto__":{}}', '__proto__'],
    ['constructor.prototype', '{"constructor":{"prototype":{"x":1}}}', 'constructor'],
  ])('refuses %s keys (prototype poisoning)', (_case, body, field) => {
    expect(refusal(body)).toMatchObject({ code: 'ForbiddenKey', errors: [{ field }] });
  });

  it('lets a plain "constructor" member through', () => {
    expect(parseJsonBody('{"constructor":"PT Maju"}', limits)).toEqual({ constructor: 'PT Maju' });
  });

  it.each([
    ['truncated', '{"a":'],
    ['an unclosed string', '{"a":"xyz'],
    ['a trailing comma', '[1,]'],
    ['a bare word', 'hello'],
  ])('answers malformed JSON (%s) with 400 MalformedJson', (_case, body) => {
    expect(refusal(body)).toMatchObject({ status: 400, code: 'MalformedJson', errors: [{ field: 'body' }] });
  });

  it('refuses an empty body', () => {
    expect(refusal('  \n')).toMatchObject({ status: 400, code: 'EmptyBody' });
  });
});
