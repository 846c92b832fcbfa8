/**
 * A projection that needs a few event types (or one category) out of a large log: how fast
 * the store hands it those events, next to reading the whole log raw in the same run.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/filtered-read.ts -- [--events 200000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore, type AllFilter, type NewEvent, type StreamAppend } from '@app/event-store';
import { fmt } from './stats';
import { reportSummary } from './summary';

/** One event in this many is of a rare type, in the rare category: about the compliance share of a real log. */
const RARE_EVERY = 200;
const RARE_TYPES = ['ComplianceAssessed', 'ComplianceRevised'];

function event(type: string, n: number): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type,
    data: { n, note: 'filler text so the rows have a realistic size for a recorded fact' },
    metadata: { schemaVersion: 1, actor: { id: 'bench', role: 'admin' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: '2026-01-15T00:00:00.000Z' },
  };
}

async function fill(store: SqliteEventStore, total: number): Promise<number> {
  let rare = 0;
  for (let start = 0; start < total; start += 1000) {
    const appends: StreamAppend[] = [];
    for (let i = start; i < Math.min(total, start + 1000); i++) {
      const isRare = i % RARE_EVERY === 0;
      if (isRare) rare += 1;
      const type = isRare ? RARE_TYPES[rare % RARE_TYPES.length] : `Noise${i % 7}Happened`;
      appends.push({ stream: isRare ? `compliance-${i}` : `noise${i % 5}-${i}`, events: [event(type, i)], expected: 'no_stream' });
    }
    await store.appendAtomically(appends);
  }
  return rare;
}

async function timedRead(store: SqliteEventStore, filter?: AllFilter): Promise<{ count: number; seconds: number }> {
  const started = process.hrtime.bigint();
  let count = 0;
  for await (const _ of store.readAll({ filter })) count += 1;
  return { count, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  const total = arg('events', 200_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-filtered-read-'));
  try {
    const store = new SqliteEventStore(join(dir, 'events.db'));
    const rare = await fill(store, total);
    const raw = await timedRead(store);
    const byType = await timedRead(store, { eventTypes: RARE_TYPES });
    const byCategory = await timedRead(store, { streamPrefixes: ['compliance-'] });
    await store.close();
    if (raw.count !== total || byType.count !== rare || byCategory.count !== rare) {
      throw new Error(`read ${raw.count}/${byType.count}/${byCategory.count}, expected ${total}/${rare}/${rare}`);
    }
    const rawRate = raw.count / raw.seconds;
    console.log(`bench:filtered-read — ${total} events, ${rare} of ${RARE_TYPES.length} rare types in one category`);
    console.log(`  raw read, whole log : ${fmt(rawRate, 0)} events/s (${fmt(raw.seconds, 3)} s)`);
    const rows = [
      { label: 'by event type', read: byType },
      { label: 'by category', read: byCategory },
    ].map(({ label, read }) => {
      // Judged by time: reading the few matching events must take a small share of a whole-log read.
      const speedup = raw.seconds / read.seconds;
      console.log(`  ${label.padEnd(20)}: ${fmt(read.count / read.seconds, 0)} events/s (${fmt(read.seconds, 3)} s), ${fmt(speedup, 1)}× faster than the whole log`);
      return {
        figure: `filtered read ${label}, ${rare} of ${total}`,
        value: read.count / read.seconds,
        unit: 'events/s',
        baseline: { label: 'raw read, whole log', value: rawRate, unit: 'events/s' },
        ratio: read.count / read.seconds / rawRate,
      };
    });
    reportSummary('filtered-read', rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
