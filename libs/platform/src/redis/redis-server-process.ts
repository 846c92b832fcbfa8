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
}

export const NO_REDIS_MESSAGE =
  'No Redis: REDIS_URL is not set and no `redis-server` was found on PATH. ' +
  'Either install Redis 7 (Debian/Ubuntu: `apt-get install redis-server`; macOS: `brew install redis`) ' +
  'so the app can start its own, or point REDIS_URL at one (e.g. redis://127.0.0.1:6379).';

/**
 * A `redis-server` child on a free loopback port. Embedded mode and the test suite use it so
 * that nothing touches a Redis shared with other users.
 */
export class RedisServerProcess {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(options: RedisServerOptions): Promise<RedisServerProcess> {
    const binary = options.binary ?? 'redis-server';
    if (spawnSync(binary, ['--version']).error) throw new RedisUnavailableError(NO_REDIS_MESSAGE);
    const port = await freePort();
    const persistence = options.dir
      ? (mkdirSync(options.dir, { recursive: true }), ['--dir', options.dir, '--appendonly', 'yes', '--save', '60 1'])
      : ['--save', '', '--appendonly', 'no'];
    const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', ...persistence], {
      stdio: 'ignore',
    });
    const url = `redis://127.0.0.1:${port}`;
    await waitUntilReady(url, port, child);
    return new RedisServerProcess(url, child);
  }

  /** Process id of the server. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /**
   * SIGTERM, so redis-server flushes its AOF/RDB; SIGKILL after `graceMs` if it will not exit
   * (Redis refuses to stop while its final save fails, e.g. when its directory was removed).
   */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

async function waitUntilReady(url: string, port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new RedisUnavailableError(`redis-server exited with code ${child.exitCode} before it was ready`);
    if (await answersPing(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new RedisUnavailableError(`redis-server did not answer on ${url} within 10 s`);
}

async function answersPing(port: number): Promise<boolean> {
  return (await rawCommand(port, ['PING']))?.startsWith('+PONG') ?? false;
}
