import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../envelope';

/**
 * A category no other test (or earlier run against a shared server) has used, so filters by
 * `<category>-` see only this test's events. Categories must not contain '-'.
 */
export function uniqueCategory(label: string): string {
  return `${label}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

export function newEvent(type: string, data: Record<string, unknown> = {}): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      schemaVersion: 1,
      actor: { id: 'officer-contract', role: 'officer' },
      commandId,
      correlationId: randomUUID(),
      causationId: commandId,
      occurredAt: '2025-03-14T02:30:00.000Z',
    },
  };
}

export function newEvents(count: number, type = 'ContractThingHappened'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => newEvent(type, { n: i }));
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

export function uniqueType(label: string): string {
  return `Contract${randomUUID().replace(/-/g, '').slice(0, 12)}${label}`;
}

/** `promise`, or a rejection naming what was awaited when it does not settle within `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Nothing within ${ms} ms while waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function takeWithin<T>(iterator: AsyncIterator<T>, count: number, ms: number): Promise<T[]> {
  const items: T[] = [];
  while (items.length < count) {
    const result = await within(iterator.next(), ms, `item ${items.length + 1} of ${count}`);
    if (result.done) throw new Error(`Iteration ended after ${items.length} of ${count} items`);
    items.push(result.value);
  }
  return items;
}

export function isStrictlyIncreasing(values: bigint[]): boolean {
  return values.every((value, i) => i === 0 || value > values[i - 1]);
}
