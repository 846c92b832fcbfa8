/**
 * bench:start — how long `npm start` takes to answer /health with 200 when nothing changed since
 * the last build, next to starting the built API directly (`node dist/apps/api/src/main.js`,
 * the raw baseline: what any start must pay for Nest, the store and the embedded Redis).
 * Both start on a fresh data folder, on a free port, `--runs` times each, alternating.
 *
 *   npm run bench:start -- [--runs 3]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIfChanged } from './compiled-build';
import { fmt, median } from './stats';
import { reportSummary } from './summary';

const ROOT = join(__dirname, '..');
const TARGET_SECONDS = 5;

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // npm start runs the API as its child: signal the whole group so nothing is left behind.
    process.kill(-(child.pid as number), 'SIGTERM');
  });
}

/** Seconds from spawning `command` until /health answers 200 (fresh data folder, free port). */
async function timeToHealth(command: string, args: string[]): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, PORT: String(port) }, stdio: 'ignore', detached: true });
  try {
    const deadline = started + 120_000;
    while (!(await healthy(`http://127.0.0.1:${port}/health`))) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode} before /health answered`);
      if (performance.now() > deadline) throw new Error(`${command} ${args.join(' ')}: no /health within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return (performance.now() - started) / 1000;
  } finally {
    await stopped(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = arg('runs', 3);
  // Bring the build up to date first (untimed): the figure is a start with nothing changed.
  buildIfChanged();
  const viaNpm: number[] = [];
  const direct: number[] = [];
  for (let run = 0; run < runs; run++) {
    viaNpm.push(await timeToHealth('npm', ['start']));
    direct.push(await timeToHealth('node', ['dist/apps/api/src/main.js']));
  }
  const npmSeconds = median(viaNpm);
  const directSeconds = median(direct);
  console.log(`bench:start — /health answered 200 after a start with nothing changed since the last build (${runs} runs each, median)`);
  console.log(`  npm start              : ${fmt(npmSeconds, 2)} s   (runs: ${viaNpm.map((s) => fmt(s, 2)).join(', ')})`);
  console.log(`  built API started alone: ${fmt(directSeconds, 2)} s   (runs: ${direct.map((s) => fmt(s, 2)).join(', ')})`);
  console.log(`  ratio                  : ${fmt(npmSeconds / directSeconds, 2)} (npm start per direct start); target: within ${TARGET_SECONDS} s`);
  reportSummary('start', [
    {
      figure: 'npm start → /health, nothing changed',
      value: npmSeconds,
      unit: 's',
      baseline: { label: 'built API started directly', value: directSeconds, unit: 's' },
      ratio: npmSeconds / directSeconds,
      target: `≤ ${TARGET_SECONDS} s`,
      met: npmSeconds <= TARGET_SECONDS,
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
