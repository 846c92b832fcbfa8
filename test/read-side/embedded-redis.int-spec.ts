import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { RedisServerProcess, RedisUnavailableError, startEmbeddedRedis, type EmbeddedRedis, type SupervisorEvent } from '@app/platform/redis';

/** A pid no process has (above the kernel's pid_max on Linux and macOS). */
const DEAD_PID = 2 ** 22 + 17;

interface ServerRecord {
  url: string;
  pid: number;
  ownerPid: number;
}

const readRecord = (dir: string): ServerRecord => JSON.parse(readFileSync(join(dir, 'server.json'), 'utf8')) as ServerRecord;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function ping(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

describe('embedded redis-server: one per data directory, supervised', () => {
  let root: string;
  let dir: string;
  const cleanup: (() => Promise<void> | void)[] = [];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'embedded-redis-'));
    dir = join(root, 'redis');
  });
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
    rmSync(root, { recursive: true, force: true });
  });

  async function owner(options: Parameters<typeof startEmbeddedRedis>[1] = {}): Promise<EmbeddedRedis> {
    const embedded = await startEmbeddedRedis(dir, options);
    cleanup.push(() => embedded.stop());
    return embedded;
  }

  it('writes the lock (its own pid) and the record before it is ready, starts the server with a pid file, and removes them on stop', async () => {
    const embedded = await owner();
    expect(embedded.role).toBe('owner');
    expect(readFileSync(join(dir, 'lock'), 'utf8')).toBe(String(process.pid));
    const record = readRecord(dir);
    expect(record).toEqual({ url: embedded.url, pid: expect.any(Number), ownerPid: process.pid });
    expect(Number(readFileSync(join(dir, 'redis.pid'), 'utf8'))).toBe(record.pid);
    await embedded.stop();
    expect(alive(record.pid)).toBe(false);
    expect(existsSync(join(dir, 'lock'))).toBe(false);
    expect(existsSync(join(dir, 'server.json'))).toBe(false);
  });

  it('restarts a killed server on the same directory and port, with its data (the AOF survives kill -9)', async () => {
    const events: SupervisorEvent[] = [];
    const embedded = await owner({ onEvent: (event) => events.push(event) });
    const client = new Redis(embedded.url);
    client.on('error', () => undefined);
    cleanup.push(async () => void (await client.quit().catch(() => client.disconnect())));
    await client.set('ofu:probe', 'kept');
    const first = readRecord(dir).pid;

    const killedAt = Date.now();
    process.kill(first, 'SIGKILL');
    const second = await until('a restarted server', () => {
      const pid = readRecord(dir).pid;
      return pid !== first && pid !== 0 ? pid : undefined;
    });
    await until('the restarted server to answer', async () => ((await ping(embedded.url)) ? true : undefined));
    // The existing client reconnects to the same address by itself.
    expect(await until('the old client to read again', async () => (await client.get('ofu:probe').catch(() => undefined)) ?? undefined)).toBe('kept');
    console.log(`embedded redis-server killed → answering again on the same port after ${Date.now() - killedAt} ms`);

    expect(readRecord(dir)).toEqual({ url: embedded.url, pid: second, ownerPid: process.pid });
    expect(events.map((e) => e.kind)).toEqual(['exited', 'restarted']);
    await embedded.stop();
    expect(alive(second)).toBe(false);
  });

  it('restarts on another port when the old one is not to be had, and clients made with its clientOptions follow it there', async () => {
    const events: SupervisorEvent[] = [];
    // No attempt on the old port: what happens once it has stayed taken.
    const embedded = await owner({ samePortAttempts: 0, onEvent: (event) => events.push(event) });
    const follower = new Redis(embedded.url, { ...embedded.clientOptions });
    follower.on('error', () => undefined);
    cleanup.push(async () => void (await follower.quit().catch(() => follower.disconnect())));
    await follower.set('ofu:probe', 'kept');

    process.kill(readRecord(dir).pid, 'SIGKILL');
    const moved = await until('the restart', () => events.find((e): e is Extract<SupervisorEvent, { kind: 'restarted' }> => e.kind === 'restarted'));
    expect(moved.moved).toBe(true);
    expect(moved.url).not.toBe(embedded.url);
    expect(readRecord(dir).url).toBe(moved.url);
    // The same client object, not rebuilt: it connects to the new port by itself, and finds the data.
    expect(await until('the follower to read again', async () => (await follower.get('ofu:probe').catch(() => undefined)) ?? undefined)).toBe('kept');
    const duplicate = follower.duplicate();
    cleanup.push(() => duplicate.disconnect());
    expect(await duplicate.get('ofu:probe')).toBe('kept');
  });

  it('does not restart the server it was asked to stop', async () => {
    const events: SupervisorEvent[] = [];
    const embedded = await owner({ onEvent: (event) => events.push(event) });
    const pid = readRecord(dir).pid;
    await embedded.stop();
    expect(alive(pid)).toBe(false);
    expect(await ping(embedded.url)).toBe(false);
    expect(events).toEqual([]);
  });

  it('lets a second user of the directory borrow the live owner’s server, and never start a second one', async () => {
    const first = await owner();
    const second = await startEmbeddedRedis(dir);
    expect(second).toMatchObject({ url: first.url, role: 'borrower' });
    await second.stop();
    expect(await ping(first.url)).toBe(true);
  });

  it('refuses to start a second server while a live process holds the lock, even one whose server is not up yet', async () => {
    // A live process that took the lock and has not (yet) recorded a server.
    const holder: ChildProcess = spawn('sleep', ['30'], { stdio: 'ignore' });
    cleanup.push(() => void holder.kill('SIGKILL'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'lock'), String(holder.pid));

    await expect(startEmbeddedRedis(dir, { ownerWaitMs: 300 })).rejects.toThrow(RedisUnavailableError);
    expect(existsSync(join(dir, 'redis.pid'))).toBe(false);
    expect(readFileSync(join(dir, 'lock'), 'utf8')).toBe(String(holder.pid));
  });

  it('adopts the server of an owner that died (lock and record name a dead pid), and stops it on its own stop', async () => {
    const orphan = await RedisServerProcess.start({ dir, pidFile: join(dir, 'redis.pid') });
    cleanup.push(() => orphan.stop());
    writeFileSync(join(dir, 'lock'), String(DEAD_PID));
    writeFileSync(join(dir, 'server.json'), JSON.stringify({ url: orphan.url, pid: orphan.pid, ownerPid: DEAD_PID }));

    const adopter = await owner();
    expect(adopter).toMatchObject({ url: orphan.url, role: 'owner' });
    expect(readFileSync(join(dir, 'lock'), 'utf8')).toBe(String(process.pid));
    expect(readRecord(dir)).toEqual({ url: orphan.url, pid: orphan.pid, ownerPid: process.pid });
    await adopter.stop();
    await orphan.exited;
    expect(await ping(orphan.url)).toBe(false);
  });

  it('finds a server started by an owner killed before it recorded it (pid file only), stops it, and starts the only one', async () => {
    const orphan = await RedisServerProcess.start({ dir, pidFile: join(dir, 'redis.pid') });
    cleanup.push(() => orphan.stop());
    writeFileSync(join(dir, 'lock'), String(DEAD_PID));

    const fresh = await owner();
    const exit = await orphan.exited;
    expect(exit.code).toBe(0);
    expect(fresh.url).not.toBe(orphan.url);
    expect(await ping(fresh.url)).toBe(true);
    expect(Number(readFileSync(join(dir, 'redis.pid'), 'utf8'))).toBe(readRecord(dir).pid);
  });

  it('adopts a server recorded before its pid was known (owner killed right after the spawn)', async () => {
    const orphan = await RedisServerProcess.start({ dir, pidFile: join(dir, 'redis.pid') });
    cleanup.push(() => orphan.stop());
    writeFileSync(join(dir, 'lock'), String(DEAD_PID));
    writeFileSync(join(dir, 'server.json'), JSON.stringify({ url: orphan.url, pid: 0, ownerPid: DEAD_PID }));

    const adopter = await owner();
    expect(adopter.url).toBe(orphan.url);
    // Its pid comes from the server itself (INFO), so it is supervised and stopped like any other.
    expect(readRecord(dir).pid).toBe(orphan.pid);
  });
});
