import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { freePort } from './free-port';
import { rawCommand } from './raw-command';

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

export interface RedisServerOptions {
  /** Working directory for RDB/AOF files; null keeps nothing on disk (tests). */
  dir: string | null;
  binary?: string;
  /** Default: a free loopback port. A restarted server asks for its old one, so clients reconnect by themselves. */
  port?: number;
  /** Where redis-server writes its pid, so a later process can find it even if nobody recorded it. */
  pidFile?: string;
  /** How long loading may take before the server counts as failed. Default 10 s, 120 s with a data directory (an AOF replays first). */
  readyTimeoutMs?: number;
  /** Abandons the start: the child is killed and start() rejects. */
  signal?: AbortSignal;
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export const NO_REDIS_MESSAGE =
  'No Redis: REDIS_URL is not set and no `redis-server` was found on PATH. ' +
  'Either install Redis 7 (Debian/Ubuntu: `apt-get install redis-server`; macOS: `brew install redis`) ' +
  'so the app can start its own, or point REDIS_URL at one (e.g. redis://127.0.0.1:6379).';

/**
 * A `redis-server` child on a loopback port. Embedded mode and the test suite use it so
 * that nothing touches a Redis shared with other users.
 */
export class RedisServerProcess {
  /** Settles when the server process ends, however it ends. */
  readonly exited: Promise<ServerExit>;

  private constructor(
    readonly url: string,
    readonly port: number,
    private readonly child: ChildProcess,
    exited: Promise<ServerExit>,
  ) {
    this.exited = exited;
  }

  static async start(options: RedisServerOptions): Promise<RedisServerProcess> {
    const binary = options.binary ?? 'redis-server';
    if (spawnSync(binary, ['--version']).error) throw new RedisUnavailableError(NO_REDIS_MESSAGE);
    const port = options.port ?? (await freePort());
    const persistence = options.dir
      ? (mkdirSync(options.dir, { recursive: true }), ['--dir', options.dir, '--appendonly', 'yes', '--save', '60 1'])
      : ['--save', '', '--appendonly', 'no'];
    const pidFile = options.pidFile ? ['--pidfile', options.pidFile] : [];
    const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', ...persistence, ...pidFile], {
      stdio: 'ignore',
    });
    const exited = new Promise<ServerExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const url = `redis://127.0.0.1:${port}`;
    await waitUntilReady(url, port, child, options.readyTimeoutMs ?? (options.dir ? 120_000 : 10_000), options.signal);
    return new RedisServerProcess(url, port, child, exited);
  }

  /** Process id of the server. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /**
   * SIGTERM, so redis-server flushes its AOF/RDB; SIGKILL after `graceMs` if it will not exit
   * (Redis refuses to stop while its final save fails, e.g. when its directory was removed).
   */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

async function waitUntilReady(url: string, port: number, child: ChildProcess, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (signal?.aborted) {
      child.kill('SIGKILL');
      throw new RedisUnavailableError(`Start of redis-server on port ${port} abandoned`);
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new RedisUnavailableError(`redis-server on port ${port} exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    }
    if (await answersPing(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new RedisUnavailableError(`redis-server did not answer on ${url} within ${timeoutMs / 1000} s`);
}

async function answersPing(port: number): Promise<boolean> {
  return (await rawCommand(port, ['PING']))?.startsWith('+PONG') ?? false;
}
