import { AsyncLocalStorage } from 'node:async_hooks';
import { SystemClock, type Clock } from '../clock/clock';

/**
 * class-validator rules have no way to receive services, yet "too far in the future" must be
 * judged against the application's Clock (tests drive it). The validation pipe runs each
 * validation inside its clock; rules read it here.
 */
const current = new AsyncLocalStorage<Clock>();
/** Outside the pipe (a DTO validated by hand) there is no application clock: real time it is. */
const fallback = new SystemClock();

export function withValidationClock<T>(clock: Clock | undefined, run: () => T): T {
  return clock ? current.run(clock, run) : run();
}

export const validationNow = (): Date => (current.getStore() ?? fallback).now();
