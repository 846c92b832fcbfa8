import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds dist/ when the sources changed since the last build (scripts/build-if-changed.mjs, the
 * step `npm start` runs): benches that measure a process as `npm start` runs it fork it from dist/.
 */
export function buildIfChanged(): void {
  const build = spawnSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-if-changed.mjs')], { cwd: join(__dirname, '..'), stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status})`);
}
