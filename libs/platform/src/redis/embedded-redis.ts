import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { RedisOptions } from 'ioredis';
import { DataDirLock } from './data-dir-lock';
import { freePort } from './free-port';
import { commandLineOf, isAlive, waitUntilGone } from './process-liveness';
import { bulkStrings, infoField, rawCommand } from './raw-command';
import { RedisEndpoint } from './redis-endpoint';
import { RedisServerProcess, RedisUnavailableError } from './redis-server-process';
import { supervise, type RunningServer, type SupervisorEvent } from './server-supervisor';

export type { SupervisorEvent } from './server-supervisor';

export interface EmbeddedRedis {
  /** Where the server listened at start (see clientOptions). */
  url: string;
  /** `owner`: this process supervises the server (restarts it if it dies) and stops it; `borrower`: another live process does. */
  role: 'owner' | 'borrower';
  /** Options every client must carry so it follows the server should a restart move it to another port (owners). */
  clientOptions: RedisOptions;
  /** Stops the server if this process owns it; leaves it to its owner otherwise. */
  stop(): Promise<void>;
}

export interface EmbeddedRedisOptions {
  /** What to run; default `redis-server` from PATH. */
  binary?: string;
  /** How long a second process waits for the owner's server to answer. Default 15 s. */
  ownerWaitMs?: number;
  /** Told when the supervised server dies and when it is back (logging). */
  onEvent?: (event: SupervisorEvent) => void;
  /** Restarts that ask for the old port before one asks for any free port (it was taken meanwhile). Default 3. */
  samePortAttempts?: number;
}

interface ServerRecord {
  url: string;
  /** 0 while the server is being started. */
  pid: number;
  /** The process that supervises and stops it. */
  ownerPid: number;
}

const RECORD = 'server.json';
const PID_FILE = 'redis.pid';

/**
 * The embedded Redis of a data directory: one server per directory, since two servers on one
 * AOF would corrupt it and split the read models. `lock` (see DataDirLock) says which process
 * owns the directory; it is taken before anything is spawned, and the server's address is
 * recorded before the spawn too, so a process killed at any moment leaves nothing unseen. A
 * second process of the same install (the rebuild CLI next to a running app) borrows the live
 * owner's server; a process that finds the owner dead takes the lock and adopts its server (or
 * stops it if it no longer answers, and starts afresh). The owner supervises the server: if it
 * dies it is restarted on the same directory and port, so every client reconnects by itself (on
 * another port if the old one stays taken: clients made with `clientOptions` follow it).
 * @throws RedisUnavailableError (with NO_REDIS_MESSAGE when redis-server is not installed)
 */
export async function startEmbeddedRedis(dir: string, options: EmbeddedRedisOptions = {}): Promise<EmbeddedRedis> {
  mkdirSync(dir, { recursive: true });
  const deadline = Date.now() + (options.ownerWaitMs ?? 15_000);
  for (;;) {
    const attempt = DataDirLock.tryAcquire(dir);
    if ('acquired' in attempt) return own(dir, attempt.acquired, options);
    const borrowed = await borrow(dir, attempt.ownerPid);
    if (borrowed) return borrowed;
    if (Date.now() >= deadline) {
      throw new RedisUnavailableError(`The embedded Redis in ${dir} belongs to process ${attempt.ownerPid}, whose server does not answer; not starting a second one on the same data`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function borrow(dir: string, ownerPid: number): Promise<EmbeddedRedis | undefined> {
  const record = readRecord(join(dir, RECORD));
  if (!record || !isAlive(ownerPid) || !(await servesDir(record.url, dir))) return undefined;
  return { url: record.url, role: 'borrower', clientOptions: {}, stop: async () => undefined };
}

async function own(dir: string, lock: DataDirLock, options: EmbeddedRedisOptions): Promise<EmbeddedRedis> {
  const recordPath = join(dir, RECORD);
  const pidFile = join(dir, PID_FILE);
  try {
    const record = readRecord(recordPath);
    let server: RunningServer;
    let url: string;
    const adoptedPid = record && (await servesDir(record.url, dir)) ? await serverPid(record.url) : undefined;
    if (record && adoptedPid !== undefined) {
      // Its owner died but the server lives on: keep it (and its data in memory).
      url = record.url;
      server = adoptedServer(url, adoptedPid);
    } else {
      await stopOrphan(pidFile);
      const port = await portFor(record);
      url = `redis://127.0.0.1:${port}`;
      writeRecord(recordPath, { url, pid: 0, ownerPid: process.pid });
      server = spawnedServer(await RedisServerProcess.start({ dir, binary: options.binary, port, pidFile }));
    }
    writeRecord(recordPath, { url, pid: server.pid, ownerPid: process.pid });
    const endpoint = new RedisEndpoint(portOf(url));
    const samePortAttempts = options.samePortAttempts ?? 3;
    const supervisor = supervise(server, {
      restart: async (signal, attempt) => {
        // The old port first, so clients reconnect as they are; another if it stays taken.
        const port = attempt <= samePortAttempts ? endpoint.port : await freePort();
        const restarted = spawnedServer(await RedisServerProcess.start({ dir, binary: options.binary, port, pidFile, signal }));
        const moved = port !== endpoint.port;
        endpoint.port = port;
        writeRecord(recordPath, { url: endpoint.url, pid: restarted.pid, ownerPid: process.pid });
        return { ...restarted, url: endpoint.url, moved };
      },
      onEvent: options.onEvent,
    });
    return {
      url,
      role: 'owner',
      clientOptions: endpoint.clientOptions(),
      stop: async () => {
        await supervisor.stop();
        rmSync(recordPath, { force: true });
        lock.release();
      },
    };
  } catch (error) {
    rmSync(recordPath, { force: true });
    lock.release();
    throw error;
  }
}

function spawnedServer(process: RedisServerProcess): RunningServer {
  return {
    pid: process.pid ?? 0,
    exited: process.exited.then((exit) => (exit.signal ? `killed by ${exit.signal}` : `exited with code ${exit.code}`)),
    stop: () => process.stop(),
  };
}

/** A server this process did not spawn: no exit event, so its pid is polled. */
function adoptedServer(url: string, pid: number): RunningServer {
  let stopped = false;
  const exited = (async () => {
    while (!stopped && isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 200));
    return 'exited (adopted server)';
  })();
  return {
    pid,
    exited,
    stop: async () => {
      // The AOF is flushed before the server exits; it answers by closing the connection.
      await rawCommand(portOf(url), ['SHUTDOWN'], 5_000);
      if (!(await waitUntilGone(pid, 5_000))) process.kill(pid, 'SIGKILL');
      stopped = true;
      await exited;
    },
  };
}

/**
 * A redis-server of this directory that no record leads to (its owner was killed before it
 * could write one, or it stopped answering): stopped, so the new one is the only one on the AOF.
 */
async function stopOrphan(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (isAlive(pid) && commandLineOf(pid).includes('redis-server')) {
    process.kill(pid, 'SIGTERM');
    if (!(await waitUntilGone(pid, 5_000))) {
      process.kill(pid, 'SIGKILL');
      await waitUntilGone(pid, 2_000);
    }
  }
  rmSync(pidFile, { force: true });
}

/** The port the directory's server had, if it is free again (clients of a killed owner's era may remember it); else a free one. */
async function portFor(record: ServerRecord | undefined): Promise<number> {
  if (record && (await rawCommand(portOf(record.url), ['PING'], 500)) === null && (await isPortFree(portOf(record.url)))) return portOf(record.url);
  return freePort();
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function readRecord(path: string): ServerRecord | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ServerRecord;
  } catch {
    return undefined;
  }
}

function writeRecord(path: string, record: ServerRecord): void {
  writeFileSync(path, JSON.stringify(record));
}

/** Answers, and keeps its data in `dir`: the port was not reused by some other server. */
async function servesDir(url: string, dir: string): Promise<boolean> {
  const reply = await rawCommand(portOf(url), ['CONFIG', 'GET', 'dir']);
  // Redis reports its working directory with symlinks resolved.
  return reply !== null && reply.startsWith('*2') && bulkStrings(reply)[1] === realpathSync(dir);
}

async function serverPid(url: string): Promise<number | undefined> {
  const reply = await rawCommand(portOf(url), ['INFO', 'server']);
  const pid = reply ? Number(infoField(reply, 'process_id')) : NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}
