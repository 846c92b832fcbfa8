import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLock } from './data-dir-lock';

/** A pid no process has (above the kernel's pid_max on Linux and macOS). */
const DEAD_PID = 2 ** 22 + 17;

describe('DataDirLock', () => {
  let dir: string;
  const lockPath = () => join(dir, 'lock');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-dir-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is taken with the pid of this process, and released only by it', () => {
    const attempt = DataDirLock.tryAcquire(dir);
    expect('acquired' in attempt).toBe(true);
    expect(readFileSync(lockPath(), 'utf8')).toBe(String(process.pid));
    if ('acquired' in attempt) attempt.acquired.release();
    expect(existsSync(lockPath())).toBe(false);
  });

  it('names the live owner instead of taking the lock', () => {
    writeFileSync(lockPath(), String(process.ppid));
    expect(DataDirLock.tryAcquire(dir)).toEqual({ ownerPid: process.ppid });
    expect(readFileSync(lockPath(), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock whose owner died', () => {
    writeFileSync(lockPath(), String(DEAD_PID));
    expect('acquired' in DataDirLock.tryAcquire(dir)).toBe(true);
    expect(readFileSync(lockPath(), 'utf8')).toBe(String(process.pid));
  });

  it('waits for a lock being written (empty and fresh), and takes over one left empty by a creator killed long ago', () => {
    writeFileSync(lockPath(), '');
    expect(DataDirLock.tryAcquire(dir)).toEqual({ ownerPid: 0 });
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lockPath(), longAgo, longAgo);
    expect('acquired' in DataDirLock.tryAcquire(dir)).toBe(true);
  });

  it('does not release a lock another process holds now', () => {
    const attempt = DataDirLock.tryAcquire(dir);
    writeFileSync(lockPath(), String(process.ppid));
    if ('acquired' in attempt) attempt.acquired.release();
    expect(readFileSync(lockPath(), 'utf8')).toBe(String(process.ppid));
  });
});
