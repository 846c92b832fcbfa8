import type { AppendResult, EventStore, StreamAppend } from './event-store.port';
import { assertValidBatch } from './append-checks';

/**
 * Appends to several streams, in the order given; answers each append's result in that order.
 *
 * On a store with `appendAtomically` (SQLite) the batch is one transaction: all of it or
 * nothing, for the cost of one commit. EventStoreDB has no transaction across streams, so there
 * it is one append after another: each append is atomic, and a failure leaves the appends
 * before it written and none from it on. A writer whose event ids derive from command ids
 * completes such a partial batch by running its commands again: what was written replays.
 */
export async function appendBatch(store: EventStore, appends: StreamAppend[]): Promise<AppendResult[]> {
  // Programming errors in any append refuse the whole batch before anything is written.
  for (const { stream, events, expected } of appends) assertValidBatch(stream, events, expected);
  if (appends.length === 0) return [];
  if (store.appendAtomically) return store.appendAtomically(appends);
  const results: AppendResult[] = [];
  for (const { stream, events, expected } of appends) results.push(await store.append(stream, events, expected));
  return results;
}
