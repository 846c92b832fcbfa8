import { expect, it } from '@jest/globals';
import type { EventStore, ExpectedRevision } from '../event-store.port';
import { ConcurrencyError } from '../errors';

/** Generous: the same suite runs against a real EventStoreDB over the network. */
export const TEST_TIMEOUT_MS = 15_000;
/** How long a subscription may take to deliver an event that is already written. */
export const DELIVERY_TIMEOUT_MS = 5_000;

/** The store under test, available once the suite's beforeAll has run. */
export type StoreUnderTest = () => EventStore;

export function test(title: string, body: () => Promise<void>): void {
  it(title, body, TEST_TIMEOUT_MS);
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('Expected a rejection, but the promise resolved');
    },
    (error: unknown) => error,
  );
}

export async function expectConcurrencyError(
  promise: Promise<unknown>,
  fields: { stream: string; expected: ExpectedRevision; actual: number | 'no_stream' },
): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ConcurrencyError);
  expect(error).toMatchObject(fields);
}
