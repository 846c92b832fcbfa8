import type { ExpectedRevision, StreamAppend } from '../event-store.port';
import type { NewEvent } from '../envelope';
import { assertExpected, repeatedAppend, type StoredId } from '../append-checks';
import { sealEvents } from '../hash-chain';
import { categoryOf } from '../stream-names';

/** A stream's last stored event, as the batch's lookup found it. */
export interface StreamHead {
  revision: number;
  hash: string;
}

/** What is already stored, for every event id and stream a batch mentions. */
export interface StoredState {
  ids: ReadonlyMap<string, StoredId>;
  heads: ReadonlyMap<string, StreamHead>;
}

export interface EventRowToInsert {
  id: string;
  stream: string;
  category: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}

/** An append's result before the insert has drawn positions: its position is its last event's. */
export interface PlannedResult {
  nextRevision: number;
  lastEventId: string;
}

export type PlannedOutcome = { ok: true; results: PlannedResult[] } | { ok: false; error: unknown };

/** The rows as one array per column, in the order the INSERT and append_planned take them. */
export function rowColumns(rows: EventRowToInsert[]): unknown[][] {
  return [
    rows.map((row) => row.id),
    rows.map((row) => row.stream),
    rows.map((row) => row.category),
    rows.map((row) => row.revision),
    rows.map((row) => row.type),
    rows.map((row) => row.data),
    rows.map((row) => row.metadata),
  ];
}

/**
 * Decides a whole group of callers' appends in memory, in order, from one lookup of what is
 * stored: each caller's appends see the ones before them (revisions, hashes, ids), and a caller
 * refused anywhere (expected revision, duplicate id, data JSON cannot hold) leaves no trace
 * for those after it. The rows come out in insert order; nothing here touches the database.
 */
export function planAppends(callers: StreamAppend[][], stored: StoredState, recordedAt: Date): { rows: EventRowToInsert[]; outcomes: PlannedOutcome[] } {
  const ids = new Map(stored.ids);
  const heads = new Map(stored.heads);
  const rows: EventRowToInsert[] = [];
  const outcomes = callers.map((appends): PlannedOutcome => {
    const view = { ids: new Map(ids), heads: new Map(heads), rows: [] as EventRowToInsert[] };
    try {
      const results = appends.map(({ stream, events, expected }) => planOne(view, stream, events, expected, recordedAt));
      view.ids.forEach((value, key) => ids.set(key, value));
      view.heads.forEach((value, key) => heads.set(key, value));
      rows.push(...view.rows);
      return { ok: true, results };
    } catch (error) {
      return { ok: false, error };
    }
  });
  return { rows, outcomes };
}

function planOne(
  view: { ids: Map<string, StoredId>; heads: Map<string, StreamHead>; rows: EventRowToInsert[] },
  stream: string,
  events: NewEvent[],
  expected: ExpectedRevision,
  recordedAt: Date,
): PlannedResult {
  const lastEventId = events[events.length - 1].id;
  const repeat = repeatedAppend(stream, events, events.map((event) => view.ids.get(event.id)));
  if (repeat) return { nextRevision: repeat.nextRevision, lastEventId };

  const head = view.heads.get(stream);
  assertExpected(stream, expected, head ? head.revision : 'no_stream');
  // Hash exactly what is stored: the JSON round trip drops what JSON cannot hold.
  const sealed = sealEvents(events.map(asStored), head?.hash ?? null, recordedAt);
  let revision = head ? head.revision : -1;
  for (const event of sealed) {
    revision += 1;
    // Positions are drawn by the insert; ids claimed here only need stream and revision.
    view.ids.set(event.id, { stream, revision: BigInt(revision), position: 0n });
    view.rows.push({
      id: event.id,
      stream,
      category: categoryOf(stream),
      revision,
      type: event.type,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata),
    });
  }
  view.heads.set(stream, { revision, hash: sealed[sealed.length - 1].metadata.hash });
  return { nextRevision: revision, lastEventId };
}

function asStored(event: NewEvent): NewEvent {
  return JSON.parse(JSON.stringify(event)) as NewEvent;
}
