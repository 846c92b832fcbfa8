import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The rebuild CLI as `npm run build` compiles it: what operators run, without ts-node's compiler in its memory. */
export const COMPILED_REBUILD_CLI = join(__dirname, '..', 'dist', 'apps', 'worker', 'src', 'cli', 'rebuild-projection.js');

/**
 * The old-space cap the rebuild process runs with (node --max-old-space-size), as an operator
 * should run it. The rebuild streams the log, so what it holds at once is a few batches whatever
 * the log's size; without a cap V8 lets the old space grow with garbage to well past that before
 * collecting (measured: 305 MB of anonymous memory at 200,000 events without it, 161 MB with it,
 * at the same speed).
 */
export const REBUILD_HEAP_MB = 160;

export interface CliRebuildMemory {
  /** RSS once the process is ready (settings, Nest context, connections) and about to rebuild. */
  idle: number;
  /** The process's peak RSS (the kernel's high-water mark), from start to the end of the rebuild. */
  peak: number;
  events: number;
  seconds: number;
  heapMb: number;
  /** When the compiled CLI was built: a figure from an old build says nothing of the code at hand. */
  builtAt: Date;
}

/**
 * Runs the compiled rebuild CLI (`--all`: every read model the worker keeps, from one read of the
 * log) in a child process capped at REBUILD_HEAP_MB against the bench's log and Redis, and reads its memory from /proc:
 * the figure the RSS target is about is the rebuild's own process, not this bench's
 * (which carries ts-node and the bench's own data). Resolves null when there is no build.
 */
export async function compiledRebuildMemory(env: { dbPath: string; connectionString?: string; redisUrl: string; keyPrefix: string }): Promise<CliRebuildMemory | null> {
  if (!existsSync(COMPILED_REBUILD_CLI)) return null;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, EVENTS_DB_PATH: env.dbPath, REDIS_URL: env.redisUrl, REDIS_KEY_PREFIX: env.keyPrefix };
  // A log held in PostgreSQL is read there, as the deployed CLI would read it; otherwise the SQLite file.
  if (env.connectionString) childEnv.EVENTSTORE_CONNECTION_STRING = env.connectionString;
  else delete childEnv.EVENTSTORE_CONNECTION_STRING;
  const child = spawn(process.execPath, [`--max-old-space-size=${REBUILD_HEAP_MB}`, COMPILED_REBUILD_CLI, '--all'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid as number;
  let idle = 0;
  let peak = 0;
  let started = 0;
  let events = 0;
  let stderr = '';
  const sample = () => {
    const status = procStatus(pid);
    if (status) peak = Math.max(peak, status.hwm);
    return status;
  };
  const timer = setInterval(sample, 20);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (line.includes('rebuilding from one read of the log')) {
        idle = sample()?.rss ?? 0;
        started = performance.now();
      }
      const rebuilt = /^\S+: (\d+) events into /.exec(line);
      if (rebuilt) {
        events += Number(rebuilt[1]);
        sample();
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  clearInterval(timer);
  if (code !== 0) throw new Error(`The compiled rebuild CLI exited with ${code}: ${stderr.trim()}`);
  return { idle, peak, events, seconds: (performance.now() - started) / 1000, heapMb: REBUILD_HEAP_MB, builtAt: statSync(COMPILED_REBUILD_CLI).mtime };
}

/** VmRSS and VmHWM of a live process, in bytes; null once it has gone. */
function procStatus(pid: number): { rss: number; hwm: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { rss: kB('VmRSS'), hwm: kB('VmHWM') };
}
