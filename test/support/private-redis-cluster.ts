import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedisClusterConfig } from '@app/platform/config';
import { freePort, rawCommand } from '@app/platform/redis';

export interface PrivateRedisCluster {
  /** What REDIS_CLUSTER_NODES would give: every master, no credentials. */
  cluster: RedisClusterConfig;
  /** `127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3`, as REDIS_CLUSTER_NODES takes it. */
  nodesText: string;
  stop(): Promise<void>;
}

const MASTERS = 3;
const READY_TIMEOUT_MS = 20_000;

/**
 * A throwaway three-master Redis Cluster on free loopback ports, nothing kept on disk but each
 * node's cluster config in a temporary directory (removed by stop()). Takes a second or two:
 * share one per test file, with a key prefix per test.
 */
export async function startPrivateRedisCluster(): Promise<PrivateRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'redis-cluster-'));
  const children: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(children.map((child) => stopChild(child)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ports: number[] = [];
    for (let i = 0; i < MASTERS; i++) {
      // Each node needs a client port and a cluster bus port (by default port + 10000, which may be taken or out of range).
      const [port, busPort] = [await freePort(), await freePort()];
      const child = spawn(
        'redis-server',
        ['--port', String(port), '--cluster-port', String(busPort), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--dir', dir, '--save', '', '--appendonly', 'no', '--cluster-node-timeout', '5000'],
        { stdio: 'ignore' },
      );
      children.push(child);
      ports.push(port);
    }
    const deadline = Date.now() + READY_TIMEOUT_MS;
    await Promise.all(ports.map((port) => waitFor(deadline, `redis-server on port ${port} to answer`, async () => (await rawCommand(port, ['PING']))?.startsWith('+PONG') ?? false)));
    const addresses = ports.map((port) => `127.0.0.1:${port}`);
    const create = spawn('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    create.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    create.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(create, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`redis-cli --cluster create failed (exit ${code}): ${output.slice(-2_000)}`);
    // Every node must have learnt the whole slot map, or a client may be sent to one that has not.
    await Promise.all(
      ports.map((port) =>
        waitFor(deadline, `the cluster to be ok on port ${port}`, async () => {
          const info = (await rawCommand(port, ['CLUSTER', 'INFO'])) ?? '';
          return info.includes('cluster_state:ok') && info.includes('cluster_slots_ok:16384') && info.includes(`cluster_known_nodes:${MASTERS}`);
        }),
      ),
    );
    return { cluster: { nodes: ports.map((port) => ({ host: '127.0.0.1', port })), tls: false }, nodesText: addresses.join(','), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitFor(deadline: number, what: string, check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
