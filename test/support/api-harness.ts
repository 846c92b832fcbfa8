import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventStore, SqliteEventStore } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import { LocalTokenMinter, MintTokenRequest } from '@app/platform/auth';
import { createApiApp } from '../../apps/api/src/bootstrap';

export interface ApiHarness {
  app: NestFastifyApplication;
  store: EventStore;
  clock: ManualClock;
  dataDir: string;
  token(request: Omit<MintTokenRequest, 'sub'> & { sub?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real API (same bootstrap as production) on a private temp data dir and SQLite file,
 * with a manual clock. Requests go through Fastify's inject: full HTTP pipeline, no socket.
 */
export async function startApi(options: { store?: EventStore; now?: Date; recordAtClock?: boolean } = {}): Promise<ApiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ombudsman-api-'));
  process.env.DATA_DIR = dataDir;
  // Never a shared Redis: without REDIS_URL the app starts its own under the temp data dir.
  delete process.env.REDIS_URL;
  const clock = new ManualClock(options.now ?? new Date('2026-11-22T03:00:00Z'));
  // recordAtClock: events are recorded at the manual clock's instant, so as-of cuts need no waiting.
  const store = options.store ?? new SqliteEventStore(join(dataDir, 'events.db'), options.recordAtClock ? { clock: () => clock.now() } : {});
  const app = await createApiApp({ eventStore: store, clock, logger: false });
  const minter = app.get(LocalTokenMinter);
  return {
    app,
    store,
    clock,
    dataDir,
    token: (request) => minter.mint({ sub: request.sub ?? `${request.role}-tester`, ...request }),
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
