import { randomUUID } from 'node:crypto';
import { eventIdFor, sealEvents, type NewEvent, openDatabase } from '@app/event-store';
import { EPOCH_MS, DAY_MS } from './projections-calendar';
import { agreementsPlan, assessmentPlan, providerPlan, type PlannedEvent } from './projections-plans';
import { benchProviders, rng, type BenchProvider } from './projections-providers';
import { recommendationPlan } from './projections-recommendation-plan';

/** Every aggregate's plan can be rebuilt from its index alone, so the history never sits in memory whole. */
export interface History {
  providers: BenchProvider[];
  plans: number;
  plan(index: number): PlannedEvent[];
}

export function benchHistory(): History {
  const providers = benchProviders();
  const pemda = providers.filter((p) => p.provinceCode !== null);
  const fixed = [
    ...providers.map((p) => () => providerPlan(p)),
    ...pemda.map((p, i) => () => agreementsPlan(p, i, 1_000_000 + i)),
    ...providers.map((p, i) => () => assessmentPlan(p, 2_000_000 + i)),
  ];
  const recommendation = (i: number) => recommendationPlan(i, providers[rng(3_000_000 + i)(providers.length)], 4_000_000 + i);
  return { providers, plans: fixed.length, plan: (index) => (index < fixed.length ? fixed[index]() : recommendation(index - fixed.length)) };
}

const STEP_BITS = 2 ** 9;
const PLAN_BITS = 2 ** 20;

/**
 * Pass 1: the (day, plan, step) of every event, recommendations added until `target` is
 * reached, sorted into log order. Returns the sort keys (a Float64Array: exact below 2^53).
 */
export function logOrder(history: History, target: number): { keys: Float64Array; plans: number } {
  const keys = new Float64Array(target + 10_000);
  let n = 0;
  let index = 0;
  for (; n < target; index++) {
    const events = history.plan(index);
    const take = Math.min(events.length, target - n);
    for (let step = 0; step < take; step++) keys[n++] = (events[step].day * PLAN_BITS + index) * STEP_BITS + step;
  }
  return { keys: keys.subarray(0, n).sort(), plans: index };
}

/**
 * Pass 2: writes the log in that order through the SQLite adapter's own schema and hash chain
 * (sealEvents, as SqliteEventStore.append does), in large transactions with synchronous=OFF:
 * the adapter's per-append fsync would take hours for a million events and measures nothing here.
 */
export function writeLog(path: string, history: History, keys: Float64Array, onProgress?: (written: number) => void): void {
  const db = openDatabase(path, 5_000);
  db.pragma('synchronous = OFF');
  const insert = db.prepare('INSERT INTO events (id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
  const streams = new Map<string, { revision: number; hash: string | null }>();
  const cache = new Map<number, PlannedEvent[]>();
  let perDay = 0;
  let lastDay = -1;
  const writeBatch = db.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const step = keys[k] % STEP_BITS;
      const index = Math.floor(keys[k] / STEP_BITS) % PLAN_BITS;
      let events = cache.get(index);
      if (!events) cache.set(index, (events = history.plan(index)));
      if (step === events.length - 1) cache.delete(index);
      const planned = events[step];
      perDay = planned.day === lastDay ? perDay + 1 : 0;
      lastDay = planned.day;
      // recordedAt rises with the log: office hours of the event's day, 20 ms apart.
      const recordedAt = new Date(EPOCH_MS + planned.day * DAY_MS + 3_600_000 + perDay * 20);
      const commandId = randomUUID();
      const event: NewEvent = {
        id: eventIdFor(commandId, 0),
        type: planned.type,
        data: planned.data as Record<string, unknown>,
        metadata: { schemaVersion: 1, actor: { id: 'bench', role: 'officer' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: recordedAt.toISOString() },
      };
      const last = streams.get(planned.stream) ?? { revision: -1, hash: null };
      const [sealed] = sealEvents([event], last.hash, recordedAt);
      insert.run(sealed.id, planned.stream, last.revision + 1, sealed.type, JSON.stringify(sealed.data), JSON.stringify(sealed.metadata));
      streams.set(planned.stream, { revision: last.revision + 1, hash: sealed.metadata.hash });
    }
  });
  for (let from = 0; from < keys.length; from += 20_000) {
    writeBatch(from, Math.min(from + 20_000, keys.length));
    onProgress?.(Math.min(from + 20_000, keys.length));
  }
  db.close();
}
