import { SystemClock, type Clock } from '../clock/clock';

/**
 * class-validator rules have no way to receive services, yet "too far in the future" must be
 * judged against the application's Clock (tests drive it). The validation pipe runs each
 * validation inside its clock; rules read it here.
 *
 * A plain variable, set while `run` runs, rather than an AsyncLocalStorage: the first use of
 * one turns on Node's promise hooks for the whole process, a cost on every promise of every
 * request. That suffices because class-validator runs the rules synchronously inside
 * `validate()` and the pipe calls its exception factory inside the clock as well, so nothing
 * reads the clock after an await. A rule that did would see real time, as outside the pipe.
 */
let current: Clock | undefined;
/** Outside the pipe (a DTO validated by hand) there is no application clock: real time it is. */
const fallback = new SystemClock();

export function withValidationClock<T>(clock: Clock | undefined, run: () => T): T {
  if (!clock) return run();
  const outer = current;
  current = clock;
  try {
    return run();
  } finally {
    current = outer;
  }
}

export const validationNow = (): Date => (current ?? fallback).now();
