import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SOURCES = resolve('apps/console');
const BUILT = resolve('dist/console/index.html');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The browser tests run against the built console, as `npm start` serves it; build it when its sources changed. */
export function ensureConsoleBuilt(): void {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestChange(SOURCES)) return;
  // Built beside, then swapped in, so a server already serving the old build never sees half a new one.
  const fresh = resolve(`dist/console.build-${process.pid}`);
  const vite = resolve('node_modules/vite/bin/vite.js');
  // Jest sets NODE_ENV=test, which Vite would honour and bundle React's development build; test what ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync(process.execPath, [vite, 'build', '--config', join(SOURCES, 'vite.config.mts'), '--outDir', fresh, '--logLevel', 'warn'], { stdio: 'inherit', env });
  const old = resolve(`dist/console.old-${process.pid}`);
  if (existsSync(resolve('dist/console'))) renameSync(resolve('dist/console'), old);
  renameSync(fresh, resolve('dist/console'));
  rmSync(old, { recursive: true, force: true });
}
