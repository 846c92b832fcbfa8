import { HttpStatus } from '@nestjs/common';
import type { FieldProblem } from '@app/kernel';
import { ProblemException } from './problem.exception';
import type { RequestLimits } from './request-limits';
import { isWellFormedText } from './text-rules';

export type JsonBodyLimits = Pick<RequestLimits, 'maxJsonDepth' | 'maxJsonNodes'>;

/** The field name used when the problem is the body as a whole rather than one member of it. */
const WHOLE_BODY = 'body';
/** Keys echoed in a field path are cut here, so a megabyte-long key is not sent back whole. */
const MAX_KEY_IN_PATH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses a JSON request body, refusing (400, naming the field) what the application must
 * never see: bytes that are not UTF-8, nesting deeper or values more numerous than the
 * limits, strings or keys holding a lone UTF-16 surrogate, and `__proto__` /
 * `constructor.prototype` keys (prototype poisoning, as secure-json-parse refuses them).
 *
 * The shape is checked by a linear scan that stops at the first value over a limit, before
 * JSON.parse builds anything, so a hostile body costs at most one pass over its bytes.
 */
export function parseJsonBody(body: Buffer | string, limits: JsonBodyLimits): unknown {
  const text = typeof body === 'string' ? body : decodeUtf8(body);
  if (text.trim() === '') throw refusal('EmptyBody', 'The body is empty; send a JSON value or no Content-Type', { field: WHOLE_BODY, message: 'is empty' });
  checkShape(text, limits);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : String(error);
    throw refusal('MalformedJson', `The body is not valid JSON: ${reason}`, { field: WHOLE_BODY, message: reason });
  }
  // Lone surrogates can only arrive as \uD800–\uDFFF escapes: the text itself was decoded strictly.
  const surrogatesPossible = /\\u[dD][89a-fA-F]/.test(text);
  // A poisoned key is spelt out or escaped; a body with neither (e.g. base64 documents) needs no walk.
  if (surrogatesPossible || text.includes('__proto__') || text.includes('constructor') || text.includes('\\u')) checkValues(value, [], surrogatesPossible);
  return value;
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw refusal('InvalidUtf8', 'The body is not valid UTF-8 (RFC 8259 §8.1)', { field: WHOLE_BODY, message: 'is not valid UTF-8' });
  }
}

/** Where the scan is inside one open object or array. */
interface Frame {
  isArray: boolean;
  /** Index of the current item (arrays). */
  index: number;
  /** Key of the current member (objects). */
  key: string;
}

/** Depth and value count in one pass; syntax errors are left to JSON.parse, which says where. */
function checkShape(text: string, limits: JsonBodyLimits): void {
  const stack: Frame[] = [];
  let nodes = 0;
  let expectKey = false;
  const countValue = (): void => {
    nodes += 1;
    if (nodes > limits.maxJsonNodes) {
      throw refusal('JsonTooLarge', `The body holds more than ${limits.maxJsonNodes} values (object members and array items)`, {
        field: fieldOf(stack),
        message: `is value number ${nodes}; at most ${limits.maxJsonNodes} are accepted per body`,
        allowed: limits.maxJsonNodes,
      });
    }
  };

  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      if (end < 0) return;
      const top = stack[stack.length - 1];
      if (top !== undefined && !top.isArray && expectKey) {
        top.key = keyAt(text, i, end);
        expectKey = false;
      } else {
        countValue();
      }
      i = end + 1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      countValue();
      if (stack.length + 1 > limits.maxJsonDepth) {
        throw refusal('JsonTooDeep', `The body nests objects and arrays deeper than ${limits.maxJsonDepth} levels`, {
          field: fieldOf(stack),
          message: `opens level ${stack.length + 1}; at most ${limits.maxJsonDepth} levels are accepted`,
          allowed: limits.maxJsonDepth,
        });
      }
      stack.push({ isArray: c === OPEN_ARRAY, index: 0, key: '' });
      expectKey = c === OPEN_OBJECT;
      i += 1;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
      expectKey = false;
      i += 1;
    } else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (top?.isArray) top.index += 1;
      else if (top) expectKey = true;
      i += 1;
    } else if (c === COLON || isWhitespace(c)) {
      i += 1;
    } else {
      // A number, true, false or null (or garbage, which JSON.parse will refuse).
      countValue();
      i = endOfBareToken(text, i);
    }
  }
}

/** Index of the quote closing the string that opens at `start`, or -1. Linear: each backslash run is walked once. */
function closingQuote(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    at = text.indexOf('"', at);
    if (at < 0) return -1;
    let before = at - 1;
    while (text.charCodeAt(before) === BACKSLASH) before -= 1;
    if ((at - 1 - before) % 2 === 0) return at;
    at += 1;
  }
}

function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return raw;
  }
}

function endOfBareToken(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || c === COLON || c === QUOTE || c === OPEN_OBJECT || c === OPEN_ARRAY || isWhitespace(c)) break;
    at += 1;
  }
  return at;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function fieldOf(stack: readonly Frame[]): string {
  return pathField(stack.map((frame) => (frame.isArray ? String(frame.index) : frame.key)));
}

function pathField(path: readonly string[]): string {
  if (path.length === 0) return WHOLE_BODY;
  return path.map((part) => (part.length > MAX_KEY_IN_PATH ? `${part.slice(0, MAX_KEY_IN_PATH)}…` : part)).join('.');
}

/**
 * Walks the parsed value (bounded by the shape check) for poisoned keys and, when escapes
 * could have made them, lone surrogates. `path` is one shared stack, copied only for a refusal.
 */
function checkValues(value: unknown, path: string[], surrogatesPossible: boolean): void {
  if (typeof value === 'string') {
    if (surrogatesPossible && !isWellFormedText(value)) throw loneSurrogate(path, 'holds');
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      path.push(String(index));
      checkValues(value[index], path, surrogatesPossible);
      path.pop();
    }
    return;
  }
  const members = value as Record<string, unknown>;
  for (const key of Object.keys(members)) {
    const member = members[key];
    path.push(key);
    if (surrogatesPossible && !isWellFormedText(key)) throw loneSurrogate(path, 'is a key that holds');
    if (key === '__proto__' || (key === 'constructor' && typeof member === 'object' && member !== null && Object.hasOwn(member, 'prototype'))) {
      throw refusal('ForbiddenKey', `The body may not use the key "${key}"${key === 'constructor' ? ' with a "prototype" member' : ''}`, {
        field: pathField(path),
        message: 'may not be used as a key (prototype poisoning)',
      });
    }
    checkValues(member, path, surrogatesPossible);
    path.pop();
  }
}

function loneSurrogate(path: string[], what: string): ProblemException {
  return refusal('LoneSurrogate', 'The body holds text that is not valid Unicode: a lone UTF-16 surrogate (\\uD800–\\uDFFF without its pair)', {
    field: pathField(path),
    message: `${what} a lone UTF-16 surrogate; text must be valid Unicode`,
  });
}

function refusal(code: string, detail: string, field: FieldProblem): ProblemException {
  return new ProblemException({ status: HttpStatus.BAD_REQUEST, code, detail, errors: [field] });
}
