import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeApi } from '../../apps/api/src/cli/write-openapi';

jest.setTimeout(120_000);

const DOCUMENT = resolve('apps/console/src/api/openapi.json');
const SCHEMA = resolve('apps/console/src/api/schema.d.ts');

/**
 * The console's client is generated from the API's OpenAPI document and committed, so the
 * console's type-check sees every route and field. These fail when the API changed without
 * `npm run console:api`, i.e. when the console could drift from the API.
 */
describe("the console's API client", () => {
  it('was generated from the OpenAPI document the API describes today', async () => {
    const live = await describeApi();
    expect(JSON.parse(readFileSync(DOCUMENT, 'utf8'))).toEqual(JSON.parse(live));
  });

  it('holds the types openapi-typescript makes of that document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-api-'));
    try {
      const out = join(dir, 'schema.d.ts');
      writeFileSync(join(dir, 'openapi.json'), readFileSync(DOCUMENT));
      execFileSync(process.execPath, [resolve('node_modules/openapi-typescript/bin/cli.js'), join(dir, 'openapi.json'), '-o', out], { stdio: 'pipe' });
      expect(readFileSync(SCHEMA, 'utf8')).toBe(readFileSync(out, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
