import { randomUUID } from 'node:crypto';
import type { Actor, DomainEvent } from '@app/kernel';
import { SqliteEventStore, UpcasterRegistry } from '@app/event-store';
import { AggregateStore } from '../commands';
import type { CommandMeta } from '../commands';

/**
 * Handlers against the real AggregateStore on an in-memory SQLite store, with a
 * hand-moved system clock (`recordedAt`), for slice specs without HTTP.
 */
export function sliceHarness(start = new Date('2025-06-01T03:00:00Z')) {
  let now = start;
  const store = new SqliteEventStore(':memory:', { clock: () => now });
  const aggregates = new AggregateStore(store, new UpcasterRegistry());
  return {
    store,
    aggregates,
    setNow: (instant: Date) => {
      now = instant;
    },
    meta: (actor: Actor, commandId: string = randomUUID()): CommandMeta => ({
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor,
      issuedAt: now,
    }),
    /** Writes another context's history (e.g. a registry fixture) straight into a stream. */
    seed: async (stream: string, events: DomainEvent[]) => {
      const commandId = randomUUID();
      await store.append(
        stream,
        events.map((e, i) => ({
          id: randomUUID(),
          type: e.type,
          data: e.data as Record<string, unknown>,
          metadata: {
            schemaVersion: 1,
            actor: { id: 'seed', role: 'admin' },
            commandId: `${commandId}/${i}`,
            correlationId: commandId,
            causationId: commandId,
            occurredAt: now.toISOString(),
          },
        })),
        'no_stream',
      );
    },
  };
}
