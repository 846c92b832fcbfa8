import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The lint rules CI relies on (eslint.config.mjs), each shown refusing what it exists to refuse
 * and accepting the allowed form. The snippets are linted in memory under made-up or real file
 * names, so the repository itself is never changed.
 */
interface LintCase {
  name: string;
  filePath: string;
  code: string;
}
interface LintOutcome {
  name: string;
  rules: string[];
}

const ROOT = join(__dirname, '..', '..');

// ESLint's config is an ES module; jest runs CommonJS, so the lint runs in a child node process.
const LINT_SCRIPT = `
import { ESLint } from 'eslint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const outcomes = [];
for (const c of JSON.parse(input)) {
  const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
  outcomes.push({ name: c.name, rules: result.messages.map((m) => m.ruleId ?? m.message) });
}
process.stdout.write(JSON.stringify(outcomes));
`;

function lint(cases: LintCase[]): Map<string, string[]> {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', LINT_SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  const outcomes = JSON.parse(output) as LintOutcome[];
  return new Map(outcomes.map((o) => [o.name, o.rules]));
}

const CASES: Array<LintCase & { expected: string[] }> = [
  {
    name: 'any in a lib',
    filePath: 'libs/kernel/src/lint-probe.ts',
    code: 'export const value: any = 1;\n',
    expected: ['@typescript-eslint/no-explicit-any'],
  },
  {
    name: 'any in a test',
    filePath: 'test/api/lint-probe.e2e-spec.ts',
    code: 'export const value: any = 1;\n',
    expected: ['@typescript-eslint/no-explicit-any'],
  },
  {
    name: 'deep import past a sub-entry',
    filePath: 'apps/api/src/lint-probe.ts',
    code: "export { AggregateStore } from '@app/platform/commands/aggregate-store';\n",
    expected: ['no-restricted-imports'],
  },
  {
    name: 'deep import past a root entry',
    filePath: 'test/api/lint-probe.ts',
    code: "export { entityStream } from '@app/registry/entity/entity.stream';\n",
    expected: ['no-restricted-imports'],
  },
  {
    name: 'a listed sub-entry',
    filePath: 'apps/api/src/lint-probe.ts',
    code: "export { AggregateStore } from '@app/platform/commands';\nexport { recommendationDecider } from '@app/follow-up';\n",
    expected: [],
  },
  {
    name: 'a testing sub-entry from a spec',
    filePath: 'libs/registry/src/lint-probe.spec.ts',
    code: "export { deciderSpec } from '@app/kernel/testing';\n",
    expected: [],
  },
  {
    name: 'platform has no root entry',
    filePath: 'apps/api/src/lint-probe.ts',
    code: "export { ManualClock } from '@app/platform';\n",
    expected: ['no-restricted-imports', 'import-x/no-unresolved'],
  },
  {
    name: 'a lib through its own alias',
    filePath: 'libs/registry/src/entity/lint-probe.ts',
    code: "export { entityStream } from '@app/registry';\n",
    expected: ['no-restricted-imports'],
  },
  {
    name: 'a relative path into another lib',
    filePath: 'libs/registry/src/entity/lint-probe.ts',
    code: "export { notFound } from '../../../kernel/src/domain-errors';\n",
    expected: ['no-restricted-imports'],
  },
  {
    name: 'a relative path into libs from outside',
    filePath: 'test/api/lint-probe.ts',
    code: "export { notFound } from '../../libs/kernel/src';\n",
    expected: ['no-restricted-imports'],
  },
  {
    name: 'a lib importing an app',
    filePath: 'libs/registry/src/lint-probe.ts',
    code: "export { createApiApp } from '../../../apps/api/src/bootstrap';\n",
    expected: ['import-x/no-restricted-paths'],
  },
  {
    name: 'an unresolvable alias',
    filePath: 'apps/api/src/lint-probe.ts',
    code: "export { nothing } from '@app/kernel/no-such-file';\n",
    expected: ['no-restricted-imports', 'import-x/no-unresolved'],
  },
  {
    // decider.ts is re-exported by the kernel's index, so importing the index from it closes a cycle.
    name: 'an import cycle',
    filePath: 'libs/kernel/src/decider.ts',
    code: "import { notFound } from '.';\nexport const probe = notFound;\n",
    expected: ['import-x/no-cycle'],
  },
  {
    // The same cycle through a path alias: the resolver must map `@app/*` for no-cycle to see it.
    name: 'an import cycle through an alias',
    filePath: 'libs/platform/src/clock/clock.ts',
    code: "import { ClockModule } from '@app/platform/clock';\nexport const probe = ClockModule;\n",
    expected: ['import-x/no-cycle', 'no-restricted-imports'],
  },
];

describe('lint rules (eslint.config.mjs)', () => {
  let outcomes: Map<string, string[]>;

  beforeAll(() => {
    outcomes = lint(CASES);
  }, 120_000);

  it.each(CASES.map((c) => [c.name, c.expected] as const))('%s → %j', (name, expected) => {
    expect([...new Set(outcomes.get(name))].sort()).toEqual([...expected].sort());
  });
});

describe('public entries (PUBLIC_ENTRIES in eslint.config.mjs)', () => {
  const config = JSON.parse(
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const c = await import('./eslint.config.mjs'); process.stdout.write(JSON.stringify({ entries: c.PUBLIC_ENTRIES, rootless: c.NO_ROOT_ENTRY }));"],
      { cwd: ROOT, encoding: 'utf8' },
    ),
  ) as { entries: Record<string, string[]>; rootless: string[] };
  const entryIndexes = Object.entries(config.entries).flatMap(([lib, subs]) => [
    ...(config.rootless.includes(lib) ? [] : [`libs/${lib}/src/index.ts`]),
    ...subs.map((sub) => `libs/${lib}/src/${sub}/index.ts`),
  ]);

  it.each(entryIndexes)('%s exists', (index) => {
    expect(existsSync(join(ROOT, index))).toBe(true);
  });

  // tsconfig.build.json leaves testing/ and contract/ out of the build: a production entry that
  // re-exported them would not compile there, or would ship test helpers.
  it.each(entryIndexes.filter((index) => !/\/(testing|contract)\/index\.ts$/.test(index)))('%s re-exports no test helper', (index) => {
    const helpers = readFileSync(join(ROOT, index), 'utf8')
      .split('\n')
      .filter((line) => /from '[^']*\/(testing|contract)(\/[^']*)?'/.test(line));
    expect(helpers).toEqual([]);
  });
});
