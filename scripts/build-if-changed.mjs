#!/usr/bin/env node
/**
 * `npm start` builds only when a build input changed since the last build, so a restart with
 * nothing changed answers /health in about two seconds instead of waiting ~30 s for Nest and
 * Vite to produce the same files again.
 *
 * The inputs' fingerprint is a SHA-256 over every file's relative path and content (not its
 * mtime: a fresh clone or a branch switch touches every mtime without changing anything). It is
 * taken BEFORE the build and written after it succeeds, so a file edited during a build
 * triggers the next one. A build that fails writes nothing, and the next start builds again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
/** What `npm run build` reads: sources, their configuration, and the installed dependencies' lockfile. */
const INPUTS = ['apps', 'libs', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];
/** What `npm run build` writes: if any is missing the build runs whatever the fingerprint says. */
const OUTPUTS = ['dist/apps/api/src/main.js', 'dist/apps/worker/src/main.js', 'dist/console/index.html'];
const STAMP = join(root, 'dist', '.build-inputs');
const SKIPPED = new Set(['node_modules', 'dist', '.git']);

function* files(path) {
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    // Tests are not build inputs: editing one must not cost the next start a rebuild.
    if (SKIPPED.has(entry.name) || entry.name.endsWith('.spec.ts')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const full = join(root, input);
    if (!existsSync(full)) continue;
    const list = input.includes('.') ? [full] : files(full);
    for (const file of list) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const current = fingerprint();
const built = OUTPUTS.every((output) => existsSync(join(root, output)));
const previous = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
if (built && previous === current) {
  console.log('Build is up to date (no source changed since the last build)');
  process.exit(0);
}
const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(STAMP, `${current}\n`);
