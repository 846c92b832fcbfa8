// Lint rules for the whole tree (`npm run lint`; CI runs it after the type-check).
//
// Public surface of the libraries — the only ways to import a lib from outside it:
//   - `@app/<lib>`: the lib's root index.ts, for every lib but platform;
//   - the sub-entries listed in PUBLIC_ENTRIES below, each a folder with its own index.ts.
//     platform has no root barrel: it is a toolbox whose parts (auth, clock, commands, config,
//     http, metrics, projections, redis) are imported one by one, so that a pure caller of
//     the clock does not load BullMQ, Redis and prom-client with it, and a barrel of barrels
//     cannot close a cycle through Nest modules that import each other's providers.
//     `testing` and `contract` entries hold test helpers; the build excludes them, so a root
//     barrel must never re-export them.
// Inside a lib, files import each other by relative path and never through the lib's own
// alias (that is how a barrel ends up importing itself). Relative paths never leave a lib,
// libs never import apps, test or bench, and any file imports a lib only through its alias.
// `import-x/no-cycle` keeps the file graph acyclic, which is also what keeps Nest's decorator
// metadata from seeing `undefined` for a class that a circular import has not yet defined.
//
// `any` is refused everywhere, tests included: a test double or harness typed `any` keeps
// compiling when the port it stands in for changes, which is exactly the drift a test should
// catch. Deliberately ill-typed input (fuzzed requests, bodies the API must reject) is typed
// `unknown`. Where a test truly holds untyped data (decoded JSON of any route), the line says
// so with `eslint-disable-next-line @typescript-eslint/no-explicit-any -- <why>`.
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

/** Sub-entries a lib may be imported by besides its root, per lib. */
export const PUBLIC_ENTRIES = {
  kernel: ['testing'],
  'event-store': ['contract', 'migration'],
  platform: ['auth', 'clock', 'commands', 'config', 'http', 'metrics', 'projections', 'read-query', 'redis', 'testing'],
  calendar: [],
  contacts: ['missing-contacts', 'testing'],
  registry: [],
  agreements: [],
  assessments: [],
  evidence: [],
  'follow-up': ['processing', 'testing'],
  'read-side': [],
  audit: [],
  spreadsheets: ['reports'],
  imports: [],
};
/** Libs whose root `@app/<lib>` is not an entry (see above). */
export const NO_ROOT_ENTRY = ['platform'];

const LIBS = readdirSync(new URL('./libs', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `@app/<lib>/<anything>` that is not a listed sub-entry, and `@app/<lib>` for libs without a root entry. */
const allowedEntries = Object.entries(PUBLIC_ENTRIES).flatMap(([lib, subs]) => subs.map((sub) => `${lib}/${sub}`));
const deepImport = {
  regex: `^@app/(?!(?:${allowedEntries.map(escape).join('|')})$)[^/]+/.+$`,
  message: 'Import a lib through its public entry: `@app/<lib>` or a sub-entry listed in eslint.config.mjs.',
};
const rootlessImport = {
  regex: `^@app/(?:${NO_ROOT_ENTRY.map(escape).join('|')})$`,
  message: 'This lib has no root entry: import the sub-entry that holds what you need, e.g. `@app/platform/http`.',
};
const relativeIntoLibs = {
  regex: '^(?:\\.\\./)+libs(?:/|$)',
  message: 'Import a lib through its `@app/...` alias, never by a relative path into libs/.',
};
const relativeIntoSiblingLib = {
  regex: `^(?:\\.\\./)+(?:${LIBS.map(escape).join('|')})/src(?:/|$)`,
  message: 'A relative path must not leave its lib: import the other lib through its `@app/...` entry.',
};
const ownAlias = (lib) => ({
  regex: `^@app/${escape(lib)}(?:/|$)`,
  message: `Inside ${lib}, import its files by relative path, not through its own alias (its barrel would import itself).`,
});

const restrictedImports = (patterns) => ['error', { patterns }];
const everywhere = [deepImport, rootlessImport, relativeIntoLibs];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'data/**', 'node_modules/**'] },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts files when it follows imports, and no-cycle sees no graph.
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      // import-x's own resolver (unrs-resolver) reads the `@app/*` paths from tsconfig.json,
      // so no eslint-import-resolver-typescript is needed.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.d.ts', '.js', '.json', '.node'],
          tsconfig: { configFile: new URL('./tsconfig.json', import.meta.url).pathname },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `_name` marks a value dropped on purpose (e.g. a field taken out of a rest spread).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // A closure may read a variable that is assigned once after it is created (a server and its handler).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-unresolved': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: ['apps', 'test', 'bench'].map((from) => ({
            target: './libs',
            from: `./${from}`,
            message: `Libs never import ${from}/: move what both need into a lib.`,
          })),
        },
      ],
      'no-restricted-imports': restrictedImports(everywhere),
    },
  },
  // The console (apps/console) is a browser bundle with its own tsconfig: it reaches the API only
  // through the generated client, never the server's code.
  {
    files: ['apps/console/**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'],
          tsconfig: { configFile: new URL('./apps/console/tsconfig.json', import.meta.url).pathname },
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-unresolved': ['error', { ignore: ['\\.css$'] }],
      'no-restricted-imports': ['error', { patterns: [{ regex: '^@app/', message: 'The console talks to the API through api/client.ts only.' }, { regex: '^(\\.\\./)+(libs|apps/api|test)/', message: 'The console talks to the API through api/client.ts only.' }] }],
    },
  },
  ...LIBS.map((lib) => ({
    files: [`libs/${lib}/**/*.ts`],
    rules: {
      'no-restricted-imports': restrictedImports([...everywhere, relativeIntoSiblingLib, ownAlias(lib)]),
    },
  })),
);
