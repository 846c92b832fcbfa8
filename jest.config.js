// Test tiers by file name: *.spec.ts (unit, next to the code), test/**/*.int-spec.ts
// (integration against real adapters), test/**/*.e2e-spec.ts (HTTP end to end),
// test/**/*.browser-spec.ts (the console in a real browser).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  rootDir: __dirname,
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  transform: {
    '^.+\\.ts$': ['ts-jest', {}],
    // Node 20 requires this ESM-only dependency of @fastify/static natively; jest cannot, so compile it to CJS.
    // It sits nested under @fastify/static when the app's own (CommonJS) content-disposition is hoisted.
    '/node_modules/(@fastify/static/node_modules/)?content-disposition/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@fastify/static/node_modules/)?content-disposition/)'],
};

module.exports = {
  globalSetup: '<rootDir>/test/support/report-skips.js',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/test/**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // The console in headless Chromium against the real API (test/console/support/console-harness.ts).
    // Its environment marks a failed test, so the harness prints and keeps what the page showed (test-results/browser).
    { ...shared, displayName: 'browser', testMatch: ['<rootDir>/test/**/*.browser-spec.ts'], testEnvironment: '<rootDir>/test/console/support/browser-environment.js' },
  ],
};
