import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A problem code as the source writes it: PascalCase (`OutsideScope`, `PKSNotFinal`). */
const CODE = String.raw`'([A-Z][A-Za-z0-9]+)'`;

/** Where a literal is a problem code: a `code:` member, or the code argument of a refusal helper. */
const DIRECT = [
  new RegExp(String.raw`\bcode:\s*${CODE}`, 'g'),
  new RegExp(String.raw`\b(?:invalid|conflict|notFound|forbidden|refusal)\(\s*${CODE}`, 'g'),
  new RegExp(String.raw`new DomainError\(\s*(?:'[a-z_]+'|[\w.]+),\s*${CODE}`, 'g'),
  // A default for a code the caller may name (`floor.code ?? 'DateBeforeIssue'`).
  new RegExp(String.raw`\bcode\s*\?\?\s*${CODE}`, 'g'),
];

/** A function that takes a problem code as a parameter (`requireVisible(…, notFoundCode: string)`). */
const FUNCTIONS = [/function\s+(\w+)\s*\(([^)]*)\)/g, /const\s+(\w+)\s*=\s*\(([^)]*)\)[^=;]*=>/g];

/**
 * Every problem code the API's source can emit, read from the TypeScript under `roots` (specs
 * excluded): literals in code positions, and the literal code arguments passed to helpers that
 * take a code parameter.
 */
export function emittedProblemCodes(roots: string[]): Set<string> {
  const sources = roots.flatMap((root) => tsFiles(root)).map((file) => readFileSync(file, 'utf8'));
  const codes = new Set<string>();
  const helpers = new Set<string>();
  for (const source of sources) {
    for (const pattern of DIRECT) for (const match of source.matchAll(pattern)) codes.add(match[1]);
    for (const pattern of FUNCTIONS) {
      for (const match of source.matchAll(pattern)) if (/\b(?:code|\w+Code):\s*string/.test(match[2])) helpers.add(match[1]);
    }
  }
  // The literal arguments of a call to such a helper (`required(x, 'reason', 'ReasonRequired')`); field names are lower case.
  const helperCall = new RegExp(String.raw`\b(?:${[...helpers].join('|')})\(([^;]*?)\)\s*[;,)]`, 'g');
  const firstArgument = new RegExp(String.raw`\b(?:${[...helpers].join('|')})\(\s*${CODE}`, 'g');
  for (const source of sources) {
    for (const call of source.matchAll(firstArgument)) codes.add(call[1]);
    for (const call of source.matchAll(helperCall)) {
      for (const literal of call[1].matchAll(new RegExp(CODE, 'g'))) codes.add(literal[1]);
    }
  }
  return codes;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The console is a client of the API: the codes it names are ones the API emits.
    if (statSync(path).isDirectory()) return name === 'node_modules' || (name === 'console' && dir.endsWith('apps')) ? [] : tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') && !name.endsWith('.scan.ts') ? [path] : [];
  });
}
