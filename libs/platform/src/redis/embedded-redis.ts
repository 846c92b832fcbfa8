import { existsSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bulkStrings, rawCommand } from './raw-command';
import { RedisServerProcess } from './redis-server-process';

export interface EmbeddedRedis {
  url: string;
  /** Stops the server if this process owns it; leaves it to its owner otherwise. */
  stop(): Promise<void>;
}

interface ServerRecord {
  url: string;
  pid: number;
  /** The process that stops it on shutdown. */
  ownerPid: number;
}

const RECORD = 'server.json';

/**
 * The embedded Redis of a data directory: one server per directory, since two servers on one
 * AOF would corrupt it and split the read models. A second process of the same install (the
 * rebuild CLI next to a running app) attaches to the running server; a process that finds a
 * server whose owner died (killed before it could stop it) adopts it.
 * @throws RedisUnavailableError (with NO_REDIS_MESSAGE when redis-server is not installed)
 */
export async function startEmbeddedRedis(dir: string, binary?: string): Promise<EmbeddedRedis> {
  const recordPath = join(dir, RECORD);
  const record = readRecord(recordPath);
  if (record && (await servesDir(record.url, dir))) {
    if (isAlive(record.ownerPid)) return { url: record.url, stop: async () => undefined };
    writeRecord(recordPath, { ...record, ownerPid: process.pid });
    return { url: record.url, stop: () => shutdownAdopted(record.url, recordPath) };
  }
  const server = await RedisServerProcess.start({ dir, binary });
  writeRecord(recordPath, { url: server.url, pid: server.pid ?? 0, ownerPid: process.pid });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(recordPath, { force: true });
    },
  };
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Answers, and keeps its data in `dir`: the port was not reused by some other server. */
async function servesDir(url: string, dir: string): Promise<boolean> {
  const reply = await rawCommand(portOf(url), ['CONFIG', 'GET', 'dir']);
  // Redis reports its working directory with symlinks resolved.
  return reply !== null && reply.startsWith('*2') && bulkStrings(reply)[1] === realpathSync(dir);
}

async function shutdownAdopted(url: string, recordPath: string): Promise<void> {
  // The AOF is flushed before the server exits; it answers by closing the connection.
  await rawCommand(portOf(url), ['SHUTDOWN'], 10_000);
  rmSync(recordPath, { force: true });
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}
